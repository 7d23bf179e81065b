using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Referrals;

/// <summary>
/// What the referral form needs: the person (when the user may refer them; otherwise null, a 404) and the active organisations
/// other than the user's own to choose from. The read of the person is logged.
/// </summary>
public static class GetReferralForm
{
    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator)]
    public sealed record Query(Guid VictimId) : IQuery<Model?>;

    public sealed record Organisation(Guid Id, string Name, OrganisationType Type);

    public sealed record Model(Guid VictimId, string RegistrationNumber, string? Name, IReadOnlyList<Organisation> Organisations);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IAccessLog accessLog) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var victim = await db.PossibleVictims.AsNoTracking().Where(ReferralAccess.ReferableBy(currentUser, db.Signals, db.Referrals))
                .Where(v => v.Id == query.VictimId)
                .Select(v => new { v.Id, v.RegistrationNumber, v.Names })
                .SingleOrDefaultAsync(cancellationToken);
            if (victim is null) { await accessLog.LogIfExistsAsync(db.PossibleVictims, v => v.Id == query.VictimId, nameof(PossibleVictim), query.VictimId, cancellationToken); return null; }

            var own = currentUser.OrganisationId ?? Guid.Empty;
            var organisations = await db.Organisations.AsNoTracking().Where(o => o.IsActive && o.Id != own && !ReferralAccess.NotReceivers.Contains(o.Type)).OrderBy(o => o.Name)
                .Select(o => new Organisation(o.Id, o.Name, o.Type)).ToListAsync(cancellationToken);
            await accessLog.LogReadAsync(nameof(PossibleVictim), [victim.Id], cancellationToken);
            var name = VictimNameOrder.PrimaryOf(victim.Names);
            return new Model(victim.Id, victim.RegistrationNumber, name, organisations);
        }
    }
}
