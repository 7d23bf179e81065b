using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// Walks the audit chain in sequence order, in batches, and reports the first break: a missing sequence (a removed row), a
/// hash that does not match the row and its predecessor (a changed row), or a chain that ends before the head says it does
/// (removed last rows). The check is itself logged (entity "AuditLog", purpose "privacy").
/// </summary>
public static class VerifyAuditChain
{
    public const int BatchSize = 1000;

    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Query : IQuery<Result>;

    public enum Problem { None, MissingSequence, HashMismatch, ChainShorterThanHead }

    /// <param name="Ok">Whether the whole chain is intact.</param>
    /// <param name="Checked">Chained entries checked before the first break (all of them when OK).</param>
    /// <param name="Problem">What the first break is.</param>
    /// <param name="Sequence">Where the first break is.</param>
    /// <param name="Expected">What the verifier expected there (a sequence number or hash).</param>
    /// <param name="Actual">What it found.</param>
    /// <param name="Unchained">Entries written before the chain existed (sequence 0), not covered by it.</param>
    public sealed record Result(bool Ok, long Checked, Problem Problem, long? Sequence, string? Expected, string? Actual, long Unchained);

    public sealed class Handler(IAppDbContext db, IAccessLog accessLog) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var result = await VerifyAsync(cancellationToken);
            await accessLog.LogAsync(new AccessEvent(AuditLogView.EntityType, [Guid.Empty])
                { Action = AuditAction.Execute, Purpose = AuditPurpose.Privacy }, cancellationToken);
            return result;
        }

        private async Task<Result> VerifyAsync(CancellationToken cancellationToken)
        {
            var head = await db.AuditChainHead.SingleAsync(cancellationToken);
            var unchained = await db.AuditEntries.LongCountAsync(a => a.Sequence == 0, cancellationToken);
            long last = 0;
            var previousHash = AuditEntry.GenesisHash;
            while (true)
            {
                var from = last;
                var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence > from && a.Sequence <= head.LastSequence)
                    .OrderBy(a => a.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
                if (batch.Count == 0) break;
                foreach (var entry in batch)
                {
                    if (entry.Sequence != last + 1)
                        return new Result(false, last, Problem.MissingSequence, last + 1, Of(last + 1), Of(entry.Sequence), unchained);
                    var expected = entry.ComputeHash(previousHash);
                    if (expected != entry.Hash)
                        return new Result(false, last, Problem.HashMismatch, entry.Sequence, expected, entry.Hash, unchained);
                    last = entry.Sequence;
                    previousHash = entry.Hash;
                }
            }
            if (last != head.LastSequence)
                return new Result(false, last, Problem.ChainShorterThanHead, last + 1, Of(head.LastSequence), Of(last), unchained);
            if (previousHash != head.LastHash)
                return new Result(false, last - 1, Problem.HashMismatch, last, head.LastHash, previousHash, unchained);
            return new Result(true, last, Problem.None, null, null, null, unchained);
        }

        private static string Of(long sequence) => sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
