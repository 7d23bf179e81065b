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
/// CoMensha's occupancy overview: per facility and per kind of place, places, occupied, free and waiting, optionally for one
/// region. Where a place is free, the longest-waiting person on the matching list who fits is proposed.
/// </summary>
public static class GetOccupancy
{
    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Query(Regions? Region = null) : IQuery<Model>;

    public sealed record Proposal(Guid VictimId, string RegistrationNumber, DateTime WaitingSinceUtc);

    public sealed record FacilityRow(Guid Id, string Name, string OrganisationName, ShelterType Type, Regions Region, int Places, int Occupied,
        int Waiting, Proposal? Proposal)
    {
        public int Free => Math.Max(0, Places - Occupied);
    }

    public sealed record TypeRow(ShelterType Type, int Places, int Occupied, int Waiting)
    {
        public int Free => Math.Max(0, Places - Occupied);
    }

    public sealed record Model(Regions? Region, IReadOnlyList<FacilityRow> Facilities, IReadOnlyList<TypeRow> Types,
        IReadOnlyDictionary<WaitingList, int> WaitingPerList);

    public sealed class Handler(IAppDbContext db, ShelterProfiles profiles, IAccessLog accessLog, TimeProvider clock) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var facilities = db.ShelterFacilities.AsNoTracking().Where(f => f.IsActive);
            if (query.Region is { } region) facilities = facilities.Where(f => (f.Region & region) != 0);
            var rows = await facilities
                .Join(db.Organisations, f => f.OrganisationId, o => o.Id, (f, o) => new { f, OrganisationName = o.Name })
                .OrderBy(x => x.f.Type).ThenBy(x => x.f.Name)
                .ToListAsync(cancellationToken);

            // Who is really waiting: on the list, with an open file and no place yet.
            var waitingPerList = (await db.WaitingListEntries
                .Where(w => w.IsWaiting && !db.Placements.Any(p => p.VictimId == w.VictimId && p.IsActive)
                    && db.PossibleVictims.Any(v => v.Id == w.VictimId && v.Status == VictimFileStatus.Open))
                .GroupBy(w => w.List)
                .Select(g => new { List = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
                .ToDictionary(x => x.List, x => x.Count);

            // Proposals: the waiting lists in order, evaluated against each facility with a free place.
            // Only people who can take a place now: an open file and no place elsewhere.
            var waiting = await db.WaitingListEntries.AsNoTracking().Where(w => w.IsWaiting).OrderBy(w => w.AddedAtUtc)
                .Join(db.PossibleVictims.Where(v => v.Status == VictimFileStatus.Open), w => w.VictimId, v => v.Id, (w, v) => new { w.List, w.VictimId, w.AddedAtUtc, v.RegistrationNumber })
                .Where(w => !db.Placements.Any(p => p.VictimId == w.VictimId && p.IsActive))
                .ToListAsync(cancellationToken);
            var today = DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
            var profileOf = await profiles.ForAsync(waiting.Select(w => w.VictimId).Distinct().ToList(), today, cancellationToken);
            var proposed = new HashSet<Guid>();

            var facilityRows = new List<FacilityRow>();
            foreach (var x in rows)
            {
                var list = ShelterRules.ListFor(x.f.Type);
                Proposal? proposal = null;
                if (list is { } l && x.f.FreePlaces > 0)
                {
                    var first = waiting.FirstOrDefault(w => w.List == l && !proposed.Contains(w.VictimId) && ShelterRules.WhyNotFit(x.f, profileOf[w.VictimId]).Count == 0);
                    if (first is not null)
                    {
                        proposed.Add(first.VictimId);
                        proposal = new Proposal(first.VictimId, first.RegistrationNumber, first.AddedAtUtc);
                    }
                }
                facilityRows.Add(new FacilityRow(x.f.Id, x.f.Name, x.OrganisationName, x.f.Type, x.f.Region, x.f.Places, x.f.Occupied,
                    list is { } wl ? waitingPerList.GetValueOrDefault(wl) : 0, proposal));
            }
            var types = facilityRows.GroupBy(r => r.Type)
                .Select(g => new TypeRow(g.Key, g.Sum(r => r.Places), g.Sum(r => r.Occupied),
                    ShelterRules.ListFor(g.Key) is { } tl ? waitingPerList.GetValueOrDefault(tl) : 0))
                .OrderBy(t => t.Type).ToList();

            await accessLog.LogReadAsync(nameof(PossibleVictim), proposed.ToList(), cancellationToken);
            return new Model(query.Region, facilityRows, types, waitingPerList);
        }
    }
}
