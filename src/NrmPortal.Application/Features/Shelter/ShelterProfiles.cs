using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>Builds the matching profile of registered persons: from the victim file, and from their reflection track.</summary>
public sealed class ShelterProfiles(IAppDbContext db)
{
    public async Task<Dictionary<Guid, ShelterProfile>> ForAsync(IReadOnlyCollection<Guid> victimIds, DateOnly today, CancellationToken cancellationToken)
    {
        var victims = await db.PossibleVictims.AsNoTracking().Where(v => victimIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Sex, v.DateOfBirth, v.AgeAtRegistration, v.NationalityGroup, v.AccompanyingChildren })
            .ToListAsync(cancellationToken);
        var tracks = await db.ResidenceTracks.AsNoTracking().Where(t => t.VictimId != null && victimIds.Contains(t.VictimId.Value))
            .Select(t => new { VictimId = t.VictimId!.Value, t.CaseState, t.ReflectionState })
            .ToDictionaryAsync(t => t.VictimId, cancellationToken);
        return victims.ToDictionary(v => v.Id, v =>
        {
            // Age today where the date of birth is known; otherwise the (estimated) age CoMensha registered.
            var age = v.DateOfBirth is { } born && born <= today ? Age.On(born, today) : v.AgeAtRegistration;
            var track = tracks.GetValueOrDefault(v.Id);
            return new ShelterProfile(v.Sex, age, v.NationalityGroup, v.AccompanyingChildren,
                ReportMade: track is not null && track.CaseState != CaseState.NoReport,
                ReflectionDeclined: track?.ReflectionState == ReflectionState.Declined);
        });
    }
}
