using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>The retention page: the periods in force, what is due now, what has been anonymised, and what is under a legal hold.</summary>
public static class GetRetentionOverview
{
    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Query : IQuery<Model>;

    public sealed record Held(RecordKind Kind, Guid Id, string Reference, string? Reason, DateTime? PlacedAtUtc);

    public sealed record Model(int SignalWithoutRegistrationMonths, int ClosedVictimFileMonths, int DueVictimFiles, int DueSignals,
        int AnonymisedVictimFiles, int AnonymisedSignals, IReadOnlyList<Held> Held);

    public sealed class Handler(IAppDbContext db, RetentionRules rules, TimeProvider clock) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var heldFiles = await db.PossibleVictims.AsNoTracking().Where(v => v.LegalHold.IsOn)
                .Select(v => new Held(RecordKind.VictimFile, v.Id, v.RegistrationNumber, v.LegalHold.Reason, v.LegalHold.PlacedAtUtc))
                .ToListAsync(cancellationToken);
            var heldSignals = await db.Signals.AsNoTracking().Where(s => s.LegalHold.IsOn)
                .Select(s => new Held(RecordKind.Signal, s.Id, s.Reference, s.LegalHold.Reason, s.LegalHold.PlacedAtUtc))
                .ToListAsync(cancellationToken);
            return new Model(rules.SignalWithoutRegistrationMonths, rules.ClosedVictimFileMonths,
                await ApplyRetention.ExpiredVictimFiles(db, rules.VictimFileCutOff(now)).CountAsync(cancellationToken),
                await ApplyRetention.ExpiredSignals(db, rules.SignalCutOff(now)).CountAsync(cancellationToken),
                await db.PossibleVictims.CountAsync(v => v.AnonymisedAtUtc != null, cancellationToken),
                await db.Signals.CountAsync(s => s.AnonymisedAtUtc != null, cancellationToken),
                [.. heldFiles, .. heldSignals.OrderBy(h => h.PlacedAtUtc)]);
        }
    }
}
