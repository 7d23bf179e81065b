using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Organisations;

/// <summary>Active organisations for a drop-down (for example when creating a user).</summary>
public static class ListOrganisationOptions
{
    [RequireRole(Roles.Administrator)]
    public sealed record Query : IQuery<IReadOnlyList<Option>>;

    public sealed record Option(Guid Id, string Name, OrganisationType Type);

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, IReadOnlyList<Option>>
    {
        public async ValueTask<IReadOnlyList<Option>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Organisations.AsNoTracking()
                .Where(o => o.IsActive)
                .OrderBy(o => o.Name)
                .Select(o => new Option(o.Id, o.Name, o.Type))
                .ToListAsync(cancellationToken);
    }
}
