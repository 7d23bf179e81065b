using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Reception;

/// <summary>
/// One person as COA sees them (<see cref="ReceptionView"/>): null (404) when the person is not entitled today and COA has
/// no reception record of them. The read is logged.
/// </summary>
public static class GetReception
{
    [RequireRole(Roles.Coa)]
    public sealed record Query(Guid VictimId) : IQuery<Model?>;

    public sealed record Model(ReceptionView Person, DateOnly Today);

    public sealed class Handler(IAppDbContext db, ReceptionViews views, IAccessLog accessLog) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!await views.IsVisibleAsync(query.VictimId, cancellationToken)) { await accessLog.LogIfExistsAsync(db.PossibleVictims, v => v.Id == query.VictimId, nameof(PossibleVictim), query.VictimId, cancellationToken); return null; }
            var person = (await views.ForAsync([query.VictimId], cancellationToken)).SingleOrDefault();
            if (person is null) return null;
            await accessLog.LogReadAsync(nameof(PossibleVictim), [person.VictimId], cancellationToken);
            return new Model(person, views.Today);
        }
    }
}
