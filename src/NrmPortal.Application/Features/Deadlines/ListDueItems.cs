using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Deadlines;

/// <summary>"Mijn aandachtspunten": what the user's organisation must act on, soonest first, by reference. The records listed are logged as read.</summary>
public static class ListDueItems
{
    public const int Limit = 200;

    [RequireRole(Roles.Police, Roles.Ind, Roles.CoMenshaCoordinator, Roles.Coa, Roles.CareWorker)]
    public sealed record Query : IQuery<Model>;

    public sealed record Model(IReadOnlyList<DueItem> Items, DateOnly Today);

    public sealed class Handler(DueItems dueItems, ICurrentUser currentUser, IAccessLog accessLog, TimeProvider clock) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
            var items = await dueItems.ForAsync(currentUser.Role ?? "", currentUser.OrganisationId ?? Guid.Empty, today, Limit, cancellationToken);
            await accessLog.LogReadAsync(nameof(ResidenceTrack), items.Where(i => i.TrackId != null).Select(i => i.TrackId!.Value).Distinct().ToList(), cancellationToken);
            await accessLog.LogReadAsync(nameof(Signal), items.Where(i => i.TrackId == null && i.SignalId != null).Select(i => i.SignalId!.Value).ToList(), cancellationToken);
            await accessLog.LogReadAsync(nameof(PossibleVictim), items.Where(i => i.TrackId == null && i.VictimId != null).Select(i => i.VictimId!.Value).Distinct().ToList(), cancellationToken);
            return new Model(items, today);
        }
    }
}
