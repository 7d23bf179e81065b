using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// One victim file or signal as the privacy officer sees it for retention: reference, status, the moment its retention
/// period ends, the legal hold and whether it has been anonymised. No names, no account.
/// </summary>
public static class GetRetentionRecord
{
    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Query(Guid Id) : IQuery<Model?>;

    /// <summary>
    /// ClosedAtUtc: when the file was closed, or the signal triaged. ExpiresAtUtc: from when the retention job anonymises it;
    /// null when it does not expire (an open file, a signal that led to a registration).
    /// </summary>
    public sealed record Model(RecordKind Kind, Guid Id, string Reference, Enum Status, DateTime? ClosedAtUtc, DateTime? ExpiresAtUtc,
        DateTime? AnonymisedAtUtc, LegalHold LegalHold, Guid Version);

    public sealed class Handler(IAppDbContext db, RetentionRules rules) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var victim = await db.PossibleVictims.AsNoTracking().Where(v => v.Id == query.Id)
                .Select(v => new { v.Id, v.RegistrationNumber, v.Status, v.ClosedAtUtc, v.AnonymisedAtUtc, v.LegalHold, v.Version })
                .SingleOrDefaultAsync(cancellationToken);
            if (victim is not null)
            {
                return new Model(RecordKind.VictimFile, victim.Id, victim.RegistrationNumber, victim.Status, victim.ClosedAtUtc,
                    victim.Status == VictimFileStatus.Closed ? victim.ClosedAtUtc?.AddMonths(rules.ClosedVictimFileMonths) : null,
                    victim.AnonymisedAtUtc, victim.LegalHold, victim.Version);
            }
            var signal = await db.Signals.AsNoTracking().Where(s => s.Id == query.Id)
                .Select(s => new { s.Id, s.Reference, s.Status, s.TriagedAtUtc, s.AnonymisedAtUtc, s.LegalHold, s.Version })
                .SingleOrDefaultAsync(cancellationToken);
            if (signal is null) return null;
            var closedWithout = signal.Status is Domain.Signals.SignalStatus.NotTrafficking or Domain.Signals.SignalStatus.Duplicate;
            return new Model(RecordKind.Signal, signal.Id, signal.Reference, signal.Status, signal.TriagedAtUtc,
                closedWithout ? signal.TriagedAtUtc?.AddMonths(rules.SignalWithoutRegistrationMonths) : null,
                signal.AnonymisedAtUtc, signal.LegalHold, signal.Version);
        }
    }
}
