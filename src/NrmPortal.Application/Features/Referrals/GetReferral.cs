using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Referrals;

/// <summary>
/// One referral as the user may see it: the sending and receiving organisation and CoMensha; anyone else gets null (404). The
/// warm-handover note only for the sender, and for the receiver while consent stands; the person's name likewise not for a
/// receiver after consent was withdrawn. The steps offered are those the state machine allows on the user's side. Every read
/// is logged, against the referral and the person.
/// </summary>
public static class GetReferral
{
    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa)]
    public sealed record Query(Guid Id) : IQuery<Model?>;

    public sealed record Model(
        Guid Id, Guid Version, Guid VictimId, string RegistrationNumber, string? Name, string FromOrganisation, string ToOrganisation,
        ReferralNeed Need, ReferralStatus Status, DateOnly ConsentRecordedOn, bool IsSender, bool IsReceiver, bool SeesHandoverNote,
        string? HandoverNote, string? DeclineReason, DateTime SentAtUtc, DateTime? RespondedAtUtc, DateTime? CompletedAtUtc,
        DateTime? WithdrawnAtUtc, DateOnly? ConsentWithdrawnOn, IReadOnlyList<ReferralStep> AllowedSteps);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IAccessLog accessLog) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var referral = await db.Referrals.AsNoTracking().Where(ReferralAccess.VisibleTo(currentUser))
                .SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken);
            if (referral is null) { await accessLog.LogIfExistsAsync(db.Referrals, r => r.Id == query.Id, nameof(Referral), query.Id, cancellationToken); return null; }

            var victim = await db.PossibleVictims.AsNoTracking().Where(v => v.Id == referral.VictimId)
                .Select(v => new { v.RegistrationNumber, v.Names }).SingleAsync(cancellationToken);
            var names = await db.Organisations.AsNoTracking()
                .Where(o => o.Id == referral.FromOrganisationId || o.Id == referral.ToOrganisationId)
                .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
            await accessLog.LogReadAsync(nameof(Referral), [referral.Id], cancellationToken);
            await accessLog.LogReadAsync(nameof(PossibleVictim), [referral.VictimId], cancellationToken);

            var isSender = ReferralAccess.IsSender(currentUser, referral);
            var isReceiver = ReferralAccess.IsReceiver(currentUser, referral);
            var seesNote = ReferralAccess.SeesHandoverNote(currentUser, referral);
            // After consent is withdrawn the receiver keeps the registration number (to know which referral stopped), not the name.
            var seesName = NeedToKnow.Allows(currentUser.Role, DataCategory.Identity, ReferralAccess.RelationOf(currentUser, referral));
            var name = seesName
                ? VictimNameOrder.PrimaryOf(victim.Names)
                : null;
            return new Model(referral.Id, referral.Version, referral.VictimId, victim.RegistrationNumber, name,
                names.GetValueOrDefault(referral.FromOrganisationId, ""), names.GetValueOrDefault(referral.ToOrganisationId, ""),
                referral.Need, referral.Status, referral.ConsentRecordedOn, isSender, isReceiver, seesNote, seesNote ? referral.HandoverNote : null,
                referral.DeclineReason, referral.SentAtUtc, referral.RespondedAtUtc, referral.CompletedAtUtc, referral.WithdrawnAtUtc,
                referral.ConsentWithdrawnOn, ReferralAccess.StepsFor(currentUser, referral));
        }
    }
}
