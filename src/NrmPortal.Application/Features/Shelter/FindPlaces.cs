using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>
/// For one registered person: their place and waiting lists, and every facility with whether it fits and why not, best fit
/// first (fits, then the person's region, then most free places). Read by CoMensha; logged.
/// </summary>
public static class FindPlaces
{
    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Query(Guid VictimId) : IQuery<Model?>;

    public sealed record Match(Guid FacilityId, Guid Version, string Name, string OrganisationName, ShelterType Type, Regions Region, int Places, int Occupied,
        IReadOnlyList<MismatchReason> Reasons, bool ExcludesCouples, bool ExcludesAcutePsychiatricProblems, bool ExcludesAddictionProblems)
    {
        public bool Fits => Reasons.Count == 0;
        public int Free => Math.Max(0, Places - Occupied);
    }

    public sealed record CurrentPlacement(Guid Id, Guid Version, Guid FacilityId, string FacilityName, PlacementStatus Status, DateTime RequestedAtUtc, DateOnly? ArrivedOn);

    public sealed record Waiting(Guid EntryId, WaitingList List, DateTime AddedAtUtc, int Position);

    public sealed record Model(Guid VictimId, string RegistrationNumber, VictimFileStatus Status, ShelterProfile Profile, Regions Region,
        CurrentPlacement? Placement, IReadOnlyList<Waiting> WaitingLists, IReadOnlyList<Match> Matches);

    public sealed class Handler(IAppDbContext db, ShelterProfiles profiles, IAccessLog accessLog, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var victim = await db.PossibleVictims.AsNoTracking().Where(v => v.Id == query.VictimId)
                .Select(v => new { v.Id, v.RegistrationNumber, v.Status, v.Region }).SingleOrDefaultAsync(cancellationToken);
            if (victim is null) return null;
            var today = DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
            var profile = (await profiles.ForAsync([victim.Id], today, cancellationToken))[victim.Id];

            var placement = await db.Placements.AsNoTracking().Where(p => p.VictimId == victim.Id && p.IsActive)
                .Join(db.ShelterFacilities, p => p.FacilityId, f => f.Id, (p, f) => new CurrentPlacement(p.Id, p.Version, f.Id, f.Name, p.Status, p.RequestedAtUtc, p.ArrivedOn))
                .SingleOrDefaultAsync(cancellationToken);
            var entries = await db.WaitingListEntries.AsNoTracking().Where(w => w.VictimId == victim.Id && w.IsWaiting).ToListAsync(cancellationToken);
            var waiting = new List<Waiting>();
            foreach (var entry in entries)
            {
                // Ahead are only those who can still take a place: an open file and no place yet.
                var ahead = await db.WaitingListEntries.CountAsync(w => w.List == entry.List && w.IsWaiting && w.AddedAtUtc < entry.AddedAtUtc
                    && !db.Placements.Any(p => p.VictimId == w.VictimId && p.IsActive)
                    && db.PossibleVictims.Any(v => v.Id == w.VictimId && v.Status == VictimFileStatus.Open), cancellationToken);
                waiting.Add(new Waiting(entry.Id, entry.List, entry.AddedAtUtc, ahead + 1));
            }

            var facilities = await db.ShelterFacilities.AsNoTracking().Where(f => f.IsActive)
                .Join(db.Organisations, f => f.OrganisationId, o => o.Id, (f, o) => new { f, OrganisationName = o.Name })
                .ToListAsync(cancellationToken);
            var matches = facilities
                .Select(x => new Match(x.f.Id, x.f.Version, x.f.Name, x.OrganisationName, x.f.Type, x.f.Region, x.f.Places, x.f.Occupied,
                    ShelterRules.WhyNotFit(x.f, profile), x.f.Criteria.ExcludesCouples, x.f.Criteria.ExcludesAcutePsychiatricProblems, x.f.Criteria.ExcludesAddictionProblems))
                .OrderBy(m => m.Fits ? 0 : 1)
                .ThenBy(m => (m.Region & victim.Region) != 0 ? 0 : 1)
                .ThenByDescending(m => m.Free)
                .ThenBy(m => m.Name, StringComparer.CurrentCulture)
                .ToList();

            await accessLog.LogReadAsync(nameof(PossibleVictim), [victim.Id], cancellationToken);
            return new Model(victim.Id, victim.RegistrationNumber, victim.Status, profile, victim.Region, placement, waiting, matches);
        }
    }
}
