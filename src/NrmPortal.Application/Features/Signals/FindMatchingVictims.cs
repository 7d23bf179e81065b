using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Signals;

/// <summary>
/// Registered persons who may be the person of a signal, each with the reasons it matches: a name or alias that is the
/// same after normalising case, diacritics and spacing; the same date of birth; the same nationality. A candidate needs a
/// matching name, or both the same date of birth and nationality. The persons returned are logged as read. Names are stored
/// encrypted: they are compared by their blind index (<see cref="INameIndex"/>), which is equality on the whole normalised name.
/// </summary>
public static class FindMatchingVictims
{
    public const int MaxCandidates = 20;

    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Query(Guid SignalId) : IQuery<IReadOnlyList<Candidate>>;

    public enum MatchReason
    {
        SameName,
        SameDateOfBirth,
        SameNationality,
    }

    public sealed record Candidate(Guid VictimId, string RegistrationNumber, IReadOnlyList<string> Names, DateOnly? DateOfBirth,
        string? NationalityCode, VictimFileStatus Status, IReadOnlyList<MatchReason> Reasons);

    public sealed class Handler(IAppDbContext db, IAccessLog accessLog, INameIndex nameIndex) : IQueryHandler<Query, IReadOnlyList<Candidate>>
    {
        public async ValueTask<IReadOnlyList<Candidate>> Handle(Query query, CancellationToken cancellationToken)
        {
            var person = await db.Signals.AsNoTracking().Where(s => s.Id == query.SignalId).Select(s => s.Person).SingleOrDefaultAsync(cancellationToken);
            if (person is null) return [];
            var names = new[] { person.Name, person.Alias }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => nameIndex.Of(n!)).OfType<string>().ToList();
            var born = person.DateOfBirth;
            var nationality = person.NationalityCode;

            var victims = await db.PossibleVictims.AsNoTracking()
                .Where(v => v.Names.Any(n => names.Contains(n.NameIndex))
                            || (born != null && nationality != null && v.DateOfBirth == born && v.NationalityCode == nationality))
                .OrderByDescending(v => v.RegisteredAtUtc)
                .Take(MaxCandidates)
                .ToListAsync(cancellationToken);

            var candidates = victims.Select(v =>
            {
                var reasons = new List<MatchReason>();
                if (v.Names.Any(n => names.Contains(n.NameIndex))) reasons.Add(MatchReason.SameName);
                if (born is not null && v.DateOfBirth == born) reasons.Add(MatchReason.SameDateOfBirth);
                if (nationality is not null && v.NationalityCode == nationality) reasons.Add(MatchReason.SameNationality);
                return new Candidate(v.Id, v.RegistrationNumber, VictimNameOrder.Ordered(v.Names).Select(n => n.Value).ToList(), v.DateOfBirth, v.NationalityCode, v.Status, reasons);
            }).OrderByDescending(c => c.Reasons.Count).ToList();

            await accessLog.LogReadAsync(nameof(PossibleVictim), candidates.Select(c => c.VictimId).ToList(), cancellationToken);
            return candidates;
        }
    }
}
