using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>The active organisations that can run a facility, for CoMensha's facility form.</summary>
public static class ListProviderOptions
{
    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Query : IQuery<IReadOnlyList<Option>>;

    public sealed record Option(Guid Id, string Name);

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, IReadOnlyList<Option>>
    {
        public async ValueTask<IReadOnlyList<Option>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Organisations.AsNoTracking().Where(o => o.IsActive && CreateFacility.ProviderTypes.Contains(o.Type))
                .OrderBy(o => o.Name).Select(o => new Option(o.Id, o.Name)).ToListAsync(cancellationToken);
    }
}
