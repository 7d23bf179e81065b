using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Auditing;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// The log entries about one possible victim, found by registration number (CM-…) or signal reference (SIG-…). Entries name
/// the record they are about (a signal, track, referral, placement, …), and only reads and writes of the person itself and of
/// rows with a VictimId carry the victim's id (<see cref="AuditEntry.SubjectId"/>); so the view also collects the ids of the
/// victim's signals, tracks, referrals, placements, waiting-list entries and reception record and takes every entry about
/// one of them (a join at read time: nothing has to be known about the victim when the entry is written).
/// </summary>
public sealed record VictimScope(string Reference, Guid? VictimId, Guid KeyId, IReadOnlyList<string> RecordIds)
{
    public IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries)
    {
        var victimId = VictimId;
        var ids = RecordIds;
        return victimId is null
            ? entries.Where(a => ids.Contains(a.EntityId))
            : entries.Where(a => a.SubjectId == victimId || ids.Contains(a.EntityId));
    }

    public static async Task<VictimScope?> FindAsync(IAppDbContext db, string? reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        var key = reference.Trim().ToUpperInvariant();
        var victimId = await db.PossibleVictims.Where(v => v.RegistrationNumber == key).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(cancellationToken);
        Guid? signalId = null;
        if (victimId is null)
        {
            var signal = await db.Signals.Where(s => s.Reference == key).Select(s => new { s.Id, s.VictimId }).FirstOrDefaultAsync(cancellationToken);
            if (signal is null) return null;
            (signalId, victimId) = (signal.Id, signal.VictimId);
        }

        var ids = new HashSet<Guid>();
        if (victimId is { } victim)
        {
            ids.Add(victim);
            ids.UnionWith(await db.Signals.Where(s => s.VictimId == victim).Select(s => s.Id).ToListAsync(cancellationToken));
            ids.UnionWith(await db.Referrals.Where(r => r.VictimId == victim).Select(r => r.Id).ToListAsync(cancellationToken));
            ids.UnionWith(await db.Placements.Where(p => p.VictimId == victim).Select(p => p.Id).ToListAsync(cancellationToken));
            ids.UnionWith(await db.WaitingListEntries.Where(w => w.VictimId == victim).Select(w => w.Id).ToListAsync(cancellationToken));
            ids.UnionWith(await db.ReceptionRecords.Where(r => r.VictimId == victim).Select(r => r.Id).ToListAsync(cancellationToken));
        }
        if (signalId is { } only) ids.Add(only);
        var signalIds = ids.ToList();
        ids.UnionWith(await db.ResidenceTracks.Where(t => (victimId != null && t.VictimId == victimId) || (t.SignalId != null && signalIds.Contains(t.SignalId.Value)))
            .Select(t => t.Id).ToListAsync(cancellationToken));
        return new VictimScope(key, victimId, victimId ?? signalId!.Value, ids.Select(id => id.ToString()).ToList());
    }
}
