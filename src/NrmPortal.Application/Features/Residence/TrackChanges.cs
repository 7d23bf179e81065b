using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Residence;

namespace NrmPortal.Application.Features.Residence;

/// <summary>What every step on a track starts with: the track as the user may see it, at the version they saw, and today's Dutch date.</summary>
public sealed class TrackChanges(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock, ResidenceRules rules)
{
    public ResidenceRules Rules => rules;

    public DateOnly Today => DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime);

    public async Task<ResidenceTrack> LoadAsync(Guid trackId, Guid version, CancellationToken cancellationToken)
    {
        var track = await db.ResidenceTracks.Where(TrackAccess.ChangeableBy(currentUser))
            .SingleOrDefaultAsync(t => t.Id == trackId, cancellationToken)
            ?? throw await AccessDenial.NotFoundAsync(db.ResidenceTracks, t => t.Id == trackId, nameof(ResidenceTrack), trackId, cancellationToken);
        db.ExpectVersion(track, version);
        return track;
    }
}
