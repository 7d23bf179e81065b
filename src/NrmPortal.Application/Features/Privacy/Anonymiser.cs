using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>Why a record was anonymised, written into its audit row.</summary>
public enum AnonymisationCause
{
    Retention,
    ErasureRequest,
}

/// <summary>
/// Anonymises a victim file with everything that follows it (its signals, its track, its referrals; placements, waiting
/// lists and reception records hold no identifying data and stay as they are), or a signal closed without registration
/// with its track. Each anonymised aggregate gets an audit row naming the erased fields (never values) and the cause, next
/// to the interceptor's own rows. The caller saves.
/// </summary>
public sealed class Anonymiser(IAppDbContext db, ICurrentUser currentUser, ICorrelationContext correlation)
{
    /// <summary>Whether the person's file or one of its signals is under a legal hold.</summary>
    public async Task<bool> IsHeldAsync(Guid victimId, CancellationToken cancellationToken) =>
        await db.PossibleVictims.AnyAsync(v => v.Id == victimId && v.LegalHold.IsOn, cancellationToken)
        || await db.Signals.AnyAsync(s => s.VictimId == victimId && s.LegalHold.IsOn, cancellationToken);

    /// <returns>false when the file was already anonymised.</returns>
    public async Task<bool> AnonymiseVictimAsync(PossibleVictim victim, AnonymisationCause cause, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(victim);
        var signals = await db.Signals.Where(s => s.VictimId == victim.Id).ToListAsync(cancellationToken);
        // Refuse before changing anything when a signal of the person is held.
        if (signals.Find(s => s.LegalHold.IsOn) is not null) throw new Domain.Common.DomainException(Domain.Retention.LegalHoldRefusal.Message);
        if (!victim.Anonymise(nowUtc)) return false;
        Audit(nameof(PossibleVictim), victim.Id, PossibleVictim.ErasedFields, cause, nowUtc);
        foreach (var signal in signals)
        {
            if (signal.Anonymise(nowUtc)) Audit(nameof(Signal), signal.Id, Signal.ErasedFields, cause, nowUtc);
        }
        var signalIds = signals.Select(s => s.Id).ToList();
        await AnonymiseTracksAsync(db.ResidenceTracks.Where(t => t.VictimId == victim.Id || (t.SignalId != null && signalIds.Contains(t.SignalId.Value))),
            cause, nowUtc, cancellationToken);
        foreach (var referral in await db.Referrals.Where(r => r.VictimId == victim.Id).ToListAsync(cancellationToken))
        {
            if (referral.Anonymise()) Audit(nameof(Referral), referral.Id, Referral.ErasedFields, cause, nowUtc);
        }
        return true;
    }

    /// <returns>false when the signal was already anonymised.</returns>
    public async Task<bool> AnonymiseSignalAsync(Signal signal, AnonymisationCause cause, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (!signal.Anonymise(nowUtc)) return false;
        Audit(nameof(Signal), signal.Id, Signal.ErasedFields, cause, nowUtc);
        await AnonymiseTracksAsync(db.ResidenceTracks.Where(t => t.SignalId == signal.Id), cause, nowUtc, cancellationToken);
        return true;
    }

    private async Task AnonymiseTracksAsync(IQueryable<ResidenceTrack> tracks, AnonymisationCause cause, DateTime nowUtc, CancellationToken cancellationToken)
    {
        foreach (var track in await tracks.ToListAsync(cancellationToken))
        {
            if (track.Anonymise()) Audit(nameof(ResidenceTrack), track.Id, ResidenceTrack.ErasedFields, cause, nowUtc);
        }
    }

    private void Audit(string entityType, Guid id, IReadOnlyList<string> fields, AnonymisationCause cause, DateTime nowUtc)
    {
        var text = $"Anonymised ({cause}): {string.Join(',', fields)}";
        db.AuditEntries.Add(new AuditEntry(nowUtc, currentUser.UserId, currentUser.Role, currentUser.OrganisationId, AuditAction.Delete,
            entityType, id.ToString(), text.Length <= AuditEntry.ChangedFieldsMaxLength ? text : text[..AuditEntry.ChangedFieldsMaxLength],
            correlation.CorrelationId));
    }
}
