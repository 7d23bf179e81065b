using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Organisations;

/// <summary>The administrators' list: search by name, filter by type and state, sorted by name, paged.</summary>
public static class ListOrganisations
{
    [RequireRole(Roles.Administrator)]
    public sealed record Query : IQuery<PagedList<Item>>
    {
        public string? Search { get; init; }
        public OrganisationType? Type { get; init; }
        public bool? Active { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = PagingExtensions.DefaultPageSize;
    }

    public sealed record Item(Guid Id, string Name, OrganisationType Type, Regions RegionsServed, string? City, bool IsActive, bool ProfilePublished);

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, PagedList<Item>>
    {
        public async ValueTask<PagedList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisations = db.Organisations.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
                organisations = organisations.Where(o => EF.Functions.Like(o.Name, "%" + Like.Escape(query.Search.Trim()) + "%", Like.EscapeCharacter));
            if (query.Type is { } type) organisations = organisations.Where(o => o.Type == type);
            if (query.Active is { } active) organisations = organisations.Where(o => o.IsActive == active);

            return await organisations
                .OrderBy(o => o.Name).ThenBy(o => o.Id)
                .Select(o => new Item(o.Id, o.Name, o.Type, o.RegionsServed, o.Contact.City, o.IsActive, o.ProfilePublished))
                .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}
