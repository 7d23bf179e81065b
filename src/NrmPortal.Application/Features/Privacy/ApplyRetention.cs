using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// Anonymises what has passed its retention period (<see cref="RetentionRules"/>): closed victim files with everything that
/// follows them, and signals closed at triage without a registration. Records under a legal hold (a file, or any of its
/// signals) are left alone. One batch per kind; already anonymised records are not selected, so running it again changes
/// nothing. The daily job (<c>RetentionJob</c>) runs <see cref="Batch"/> until nothing is left; a privacy officer can run a
/// batch from the retention page.
/// </summary>
public static class ApplyRetention
{
    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Command : ICommand<Result>;

    /// <summary>How many were anonymised; More is true when a kind filled its batch, so more may be waiting.</summary>
    public sealed record Result(int VictimFiles, int Signals, bool More);

    public sealed class Handler(Batch batch, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken) =>
            await batch.RunAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>One batch; the caller saves (the command's unit of work, or the job).</summary>
    public sealed class Batch(IAppDbContext db, Anonymiser anonymiser, RetentionRules rules)
    {
        public async Task<Result> RunAsync(DateTime nowUtc, CancellationToken cancellationToken)
        {
            var fileCutOff = rules.VictimFileCutOff(nowUtc);
            var victims = await ExpiredVictimFiles(db, fileCutOff).OrderBy(v => v.ClosedAtUtc).Take(rules.BatchSize).ToListAsync(cancellationToken);
            foreach (var victim in victims) await anonymiser.AnonymiseVictimAsync(victim, AnonymisationCause.Retention, nowUtc, cancellationToken);

            var signalCutOff = rules.SignalCutOff(nowUtc);
            var signals = await ExpiredSignals(db, signalCutOff).OrderBy(s => s.TriagedAtUtc).Take(rules.BatchSize).ToListAsync(cancellationToken);
            foreach (var signal in signals) await anonymiser.AnonymiseSignalAsync(signal, AnonymisationCause.Retention, nowUtc, cancellationToken);

            return new Result(victims.Count, signals.Count, victims.Count == rules.BatchSize || signals.Count == rules.BatchSize);
        }
    }

    /// <summary>Closed files whose period has run out (closed strictly before the cut-off), not anonymised, nothing held.</summary>
    public static IQueryable<PossibleVictim> ExpiredVictimFiles(IAppDbContext db, DateTime cutOffUtc) =>
        db.PossibleVictims.Where(v => v.Status == VictimFileStatus.Closed && v.ClosedAtUtc < cutOffUtc && v.AnonymisedAtUtc == null
            && !v.LegalHold.IsOn && !db.Signals.Any(s => s.VictimId == v.Id && s.LegalHold.IsOn));

    /// <summary>Signals closed without a registration whose period has run out, not anonymised, not held.</summary>
    public static IQueryable<Signal> ExpiredSignals(IAppDbContext db, DateTime cutOffUtc) =>
        db.Signals.Where(s => (s.Status == SignalStatus.NotTrafficking || s.Status == SignalStatus.Duplicate) && s.TriagedAtUtc < cutOffUtc
            && s.AnonymisedAtUtc == null && !s.LegalHold.IsOn);
}
