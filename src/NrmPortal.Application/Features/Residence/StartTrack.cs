using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Residence;

/// <summary>
/// Police open the reflection and residence track from a signal their organisation reported: the existing track of the
/// signal or of the registered person when there is one, otherwise a new one held by the officer's organisation.
/// </summary>
public static class StartTrack
{
    [RequireRole(Roles.Police)]
    public sealed record Command(Guid SignalId) : ICommand<Guid>;

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var signal = await db.Signals.Where(SignalAccess.VisibleTo(currentUser))
                .Where(s => s.Id == command.SignalId)
                .Select(s => new { s.Id, s.VictimId, s.NationalityGroup })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw await AccessDenial.NotFoundAsync(db.Signals, s => s.Id == command.SignalId, nameof(Signal), command.SignalId, cancellationToken);

            var existing = await db.ResidenceTracks
                .Where(t => t.SignalId == signal.Id || (signal.VictimId != null && t.VictimId == signal.VictimId))
                .OrderBy(t => t.VictimId == null) // the person's own track first
                .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
            if (existing is { } id) return id;

            var track = ResidenceTrack.Start(signal.Id, signal.VictimId, currentUser.OrganisationId ?? throw new UnauthorizedAccessException(), signal.NationalityGroup);
            db.ResidenceTracks.Add(track);
            return track.Id;
        }
    }
}
