using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// The privacy officer's review queue: break-the-glass grants not yet reviewed, oldest first (or, with
/// <see cref="Query.Reviewed"/>, the reviewed ones, newest first), with who, from which organisation, when, on which record and why.
/// </summary>
public static class ListBreakGlassGrants
{
    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Query(bool Reviewed = false, int Page = 1) : IQuery<PagedList<Item>>;

    public sealed record Item(Guid Id, Guid Version, string? UserName, string? UserEmail, string? Organisation, string EntityType, Guid EntityId,
        string? Reference, string Reason, DateTime GrantedAtUtc, DateTime ExpiresAtUtc, DateTime? ReviewedAtUtc, bool? Justified, string? ReviewComment);

    public sealed class Handler(IAppDbContext db, IUserAdministration users) : IQueryHandler<Query, PagedList<Item>>
    {
        public async ValueTask<PagedList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var grants = db.BreakGlassGrants.AsNoTracking().Where(g => (g.ReviewedAtUtc != null) == query.Reviewed);
            grants = query.Reviewed ? grants.OrderByDescending(g => g.ReviewedAtUtc).ThenByDescending(g => g.Id) : grants.OrderBy(g => g.GrantedAtUtc).ThenBy(g => g.Id);
            var page = await grants.Select(g => new
            {
                Grant = g,
                Organisation = db.Organisations.Where(o => o.Id == g.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                Reference = db.ResidenceTracks.Where(t => t.Id == g.EntityId)
                    .Select(t => db.PossibleVictims.Where(v => v.Id == t.VictimId).Select(v => v.RegistrationNumber).FirstOrDefault()
                        ?? db.Signals.Where(s => s.Id == t.SignalId).Select(s => s.Reference).FirstOrDefault()).FirstOrDefault(),
            }).ToPagedListAsync(query.Page, PagingExtensions.DefaultPageSize, cancellationToken);

            var userIds = page.Items.Select(i => i.Grant.UserId).Distinct().ToList();
            var people = await users.Accounts.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email })
                .ToDictionaryAsync(u => u.Id, cancellationToken);
            var items = page.Items.Select(i =>
            {
                var g = i.Grant;
                var person = people.GetValueOrDefault(g.UserId);
                return new Item(g.Id, g.Version, person?.DisplayName, person?.Email ?? g.UserId.ToString(), i.Organisation, g.EntityType, g.EntityId,
                    i.Reference, g.Reason, g.GrantedAtUtc, g.ExpiresAtUtc, g.ReviewedAtUtc, g.Justified, g.ReviewComment);
            }).ToList();
            return new PagedList<Item>(items, page.PageNumber, page.PageSize, page.TotalCount);
        }
    }
}
