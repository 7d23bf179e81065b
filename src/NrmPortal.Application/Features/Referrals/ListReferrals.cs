using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Referrals;

/// <summary>
/// The referrals of the user's own organisation, incoming or outgoing, newest first, optionally of one status. Shows the
/// registration number, need, status and the other organisation; the returned referrals and people are logged as read.
/// </summary>
public static class ListReferrals
{
    public enum Box
    {
        Incoming,
        Outgoing,
    }

    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa)]
    public sealed record Query(Box Box = Box.Incoming, ReferralStatus? Status = null, int Page = 1) : IQuery<PagedList<Item>>;

    public sealed record Item(Guid Id, Guid VictimId, string RegistrationNumber, ReferralNeed Need, ReferralStatus Status, string OtherOrganisation,
        DateTime SentAtUtc);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IAccessLog accessLog) : IQueryHandler<Query, PagedList<Item>>
    {
        public async ValueTask<PagedList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisationId = currentUser.OrganisationId ?? Guid.Empty;
            var referrals = db.Referrals.AsNoTracking().Where(ReferralAccess.VisibleTo(currentUser));
            referrals = query.Box == Box.Outgoing
                ? referrals.Where(r => r.FromOrganisationId == organisationId)
                : referrals.Where(r => r.ToOrganisationId == organisationId);
            if (query.Status is { } status) referrals = referrals.Where(r => r.Status == status);
            var outgoing = query.Box == Box.Outgoing;
            var page = await referrals.OrderByDescending(r => r.SentAtUtc).ThenByDescending(r => r.Id)
                .Select(r => new Item(r.Id, r.VictimId,
                    db.PossibleVictims.Where(v => v.Id == r.VictimId).Select(v => v.RegistrationNumber).FirstOrDefault() ?? "",
                    r.Need, r.Status,
                    db.Organisations.Where(o => o.Id == (outgoing ? r.ToOrganisationId : r.FromOrganisationId)).Select(o => o.Name).FirstOrDefault() ?? "",
                    r.SentAtUtc))
                .ToPagedListAsync(query.Page, PagingExtensions.DefaultPageSize, cancellationToken);
            await accessLog.LogReadAsync(nameof(Referral), page.Items.Select(i => i.Id).ToList(), cancellationToken);
            await accessLog.LogReadAsync(nameof(PossibleVictim), page.Items.Select(i => i.VictimId).Distinct().ToList(), cancellationToken);
            return page;
        }
    }
}
