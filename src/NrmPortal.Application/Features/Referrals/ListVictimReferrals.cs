using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Referrals;

/// <summary>
/// Every referral of one person, for CoMensha's victim file: who referred to whom, for what, and where it stands. Never the
/// warm-handover note (that is for sender and receiver; CoMensha opens the referral to see it when it is a party). Logged.
/// </summary>
public static class ListVictimReferrals
{
    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Query(Guid VictimId) : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(Guid Id, string FromOrganisation, string ToOrganisation, ReferralNeed Need, ReferralStatus Status, DateTime SentAtUtc);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IAccessLog accessLog) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var items = await db.Referrals.AsNoTracking().Where(ReferralAccess.VisibleTo(currentUser))
                .Where(r => r.VictimId == query.VictimId)
                .OrderByDescending(r => r.SentAtUtc).ThenByDescending(r => r.Id)
                .Select(r => new Item(r.Id,
                    db.Organisations.Where(o => o.Id == r.FromOrganisationId).Select(o => o.Name).FirstOrDefault() ?? "",
                    db.Organisations.Where(o => o.Id == r.ToOrganisationId).Select(o => o.Name).FirstOrDefault() ?? "",
                    r.Need, r.Status, r.SentAtUtc))
                .ToListAsync(cancellationToken);
            await accessLog.LogReadAsync(nameof(Referral), items.Select(i => i.Id).ToList(), cancellationToken);
            return items;
        }
    }
}
