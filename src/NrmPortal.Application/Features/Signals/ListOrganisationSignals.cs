using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Signals;

/// <summary>The signals of the reporter's own organisation, newest first, with their status; nothing of other organisations.</summary>
public static class ListOrganisationSignals
{
    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa)]
    public sealed record Query(int Page = 1) : IQuery<PagedList<Item>>;

    public sealed record Item(Guid Id, string Reference, DateTime ReportedAtUtc, MeetingContext Context, ExploitationForms ExploitationForms,
        bool? IsMinor, NationalityGroup NationalityGroup, SignalStatus Status);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IAccessLog accessLog) : IQueryHandler<Query, PagedList<Item>>
    {
        public async ValueTask<PagedList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisationId = currentUser.OrganisationId ?? Guid.Empty;
            var page = await db.Signals.AsNoTracking()
                .Where(s => s.ReporterOrganisationId == organisationId)
                .OrderByDescending(s => s.ReportedAtUtc).ThenByDescending(s => s.Id)
                .Select(s => new Item(s.Id, s.Reference, s.ReportedAtUtc, s.Context, s.ExploitationForms, s.IsMinor, s.NationalityGroup, s.Status))
                .ToPagedListAsync(query.Page, PagingExtensions.DefaultPageSize, cancellationToken);
            await accessLog.LogReadAsync(nameof(Signal), page.Items.Select(i => i.Id).ToList(), cancellationToken);
            return page;
        }
    }
}
