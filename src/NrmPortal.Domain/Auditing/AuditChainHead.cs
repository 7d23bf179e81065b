namespace NrmPortal.Domain.Auditing;

/// <summary>
/// The one row (Id 1) that holds the end of the audit chain. Every save that adds audit entries updates it first, inside the
/// save's transaction: that takes the write lock (SQLite) or the row lock (SQL Server), so concurrent writers chain one after
/// the other, without gaps or forks. It is never audited itself.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    private AuditChainHead() { } // for EF Core

    public AuditChainHead(int id, long lastSequence, string lastHash)
    {
        Id = id;
        LastSequence = lastSequence;
        LastHash = lastHash;
    }

    public int Id { get; private set; }
    public long LastSequence { get; private set; }
    public string LastHash { get; private set; } = "";
}
