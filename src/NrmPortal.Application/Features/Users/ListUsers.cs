using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Users;

/// <summary>The administrators' user list: search by name or e-mail, filter by organisation and role, paged.</summary>
public static class ListUsers
{
    [RequireRole(Roles.Administrator)]
    public sealed record Query : IQuery<PagedList<UserAccount>>
    {
        public string? Search { get; init; }
        public Guid? OrganisationId { get; init; }
        public string? Role { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = PagingExtensions.DefaultPageSize;
    }

    public sealed class Handler(IUserAdministration users) : IQueryHandler<Query, PagedList<UserAccount>>
    {
        public async ValueTask<PagedList<UserAccount>> Handle(Query query, CancellationToken cancellationToken)
        {
            var accounts = users.Accounts;
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var pattern = "%" + Like.Escape(query.Search.Trim()) + "%";
                accounts = accounts.Where(u => EF.Functions.Like(u.DisplayName, pattern, Like.EscapeCharacter)
                                            || EF.Functions.Like(u.Email, pattern, Like.EscapeCharacter));
            }
            if (query.OrganisationId is { } organisationId) accounts = accounts.Where(u => u.OrganisationId == organisationId);
            if (!string.IsNullOrEmpty(query.Role)) accounts = accounts.Where(u => u.Role == query.Role);

            return await accounts.OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
                .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}
