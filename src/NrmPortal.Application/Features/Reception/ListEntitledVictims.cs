using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Reception;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Reception;

/// <summary>
/// COA's list: the registered people entitled to reception today (<see cref="ReceptionEntitlement"/>), and those with a
/// running allowance whose entitlement has ended ("end the allowance"), these first. Only the fields of
/// <see cref="ReceptionView"/>; the people listed are logged as read.
/// </summary>
public static class ListEntitledVictims
{
    [RequireRole(Roles.Coa)]
    public sealed record Query(int Page = 1) : IQuery<Model>;

    public sealed record Model(PagedList<ReceptionView> People, DateOnly Today);

    public sealed class Handler(IAppDbContext db, ReceptionViews views, IAccessLog accessLog) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = views.Today;
            var entitledTracks = db.ResidenceTracks.Where(ReceptionEntitlement.IsEntitledOn(today));
            var openRecords = db.ReceptionRecords.Where(r => r.EndedOn == null);
            var ids = await db.PossibleVictims.AsNoTracking()
                .Where(v => entitledTracks.Any(t => t.VictimId == v.Id) || openRecords.Any(r => r.VictimId == v.Id))
                .OrderBy(v => entitledTracks.Any(t => t.VictimId == v.Id) ? 1 : 0) // entitlement ended first
                .ThenBy(v => v.RegistrationNumber)
                .Select(v => v.Id)
                .ToPagedListAsync(query.Page, PagingExtensions.DefaultPageSize, cancellationToken);
            var found = (await views.ForAsync(ids.Items, cancellationToken)).ToDictionary(p => p.VictimId);
            var people = ids.Items.Select(id => found[id]).ToList();
            await accessLog.LogReadAsync(nameof(PossibleVictim), ids.Items, cancellationToken);
            return new Model(new PagedList<ReceptionView>(people, ids.PageNumber, ids.PageSize, ids.TotalCount), today);
        }
    }
}
