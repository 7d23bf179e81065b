using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NrmPortal.Domain.Auditing;

/// <summary>
/// One row of the append-only audit trail (NEN 7513): who (user, role, organisation, on whose behalf) did what (event code,
/// outcome) to which entity and which victim, when, why (purpose; break-the-glass with its reason), from where (client
/// address) and in which request (correlation id). Holds the names of the changed fields, never their values (sensitive data
/// must not reach the log). Each row is chained to the previous one by <see cref="Sequence"/> and <see cref="Hash"/>, so a
/// changed or removed row is detected by the verifier. Nothing in the portal changes or removes a row once written.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 20;
    public const int EntityTypeMaxLength = 100;
    public const int EntityIdMaxLength = 100;
    public const int ChangedFieldsMaxLength = 2000;
    public const int RoleMaxLength = 50;
    public const int CorrelationIdMaxLength = 64;
    public const int OutcomeMaxLength = 20;
    public const int ClientAddressMaxLength = 45; // the longest textual IPv6 address
    public const int ReasonMaxLength = 500;
    public const int HashLength = 64;

    /// <summary>The "previous hash" of the first entry of the chain.</summary>
    public static readonly string GenesisHash = new('0', HashLength);

    private AuditEntry() { } // for EF Core

    public AuditEntry(DateTime occurredAtUtc, Guid? userId, string? role, Guid? organisationId, AuditAction action,
        string entityType, string entityId, string? changedFields, string? correlationId,
        AuditOutcome outcome = AuditOutcome.Success, string? purpose = null, Guid? subjectId = null, string? clientAddress = null,
        Guid? onBehalfOfUserId = null, string? breakGlassReason = null)
    {
        Id = Guid.CreateVersion7();
        OccurredAtUtc = occurredAtUtc;
        UserId = userId;
        Role = role;
        OrganisationId = organisationId;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        ChangedFields = changedFields;
        CorrelationId = correlationId;
        Outcome = outcome;
        BreakGlass = breakGlassReason is not null;
        Reason = breakGlassReason is null ? null : Truncate(breakGlassReason, ReasonMaxLength);
        Purpose = BreakGlass ? AuditPurpose.BreakTheGlass : purpose ?? AuditPurpose.ForRole(role);
        SubjectId = subjectId;
        ClientAddress = clientAddress is null ? null : Truncate(clientAddress, ClientAddressMaxLength);
        OnBehalfOfUserId = onBehalfOfUserId;
    }

    public Guid Id { get; private set; }
    public DateTime OccurredAtUtc { get; private set; }
    public Guid? UserId { get; private set; }
    public string? Role { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public AuditAction Action { get; private set; }
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public string? ChangedFields { get; private set; }
    public string? CorrelationId { get; private set; }

    /// <summary>Success, or Denied for a refused attempt.</summary>
    public AuditOutcome Outcome { get; private set; }

    /// <summary>The possible victim the event concerns, where the writer knows it (always for reads of the person).</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>The user this one acted for; the portal has no acting-for yet, so it is null until it does.</summary>
    public Guid? OnBehalfOfUserId { get; private set; }

    /// <summary>A code from <see cref="AuditPurpose"/>.</summary>
    public string? Purpose { get; private set; }

    /// <summary>The client's IP address as the portal saw it (after trusted forwarded headers), null outside a request.</summary>
    public string? ClientAddress { get; private set; }

    /// <summary>Whether the access was under a break-the-glass grant; then <see cref="Reason"/> holds the reason the user gave.</summary>
    public bool BreakGlass { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The place in the chain: 1, 2, 3, … without gaps (0 only for rows written before the chain existed).</summary>
    public long Sequence { get; private set; }

    /// <summary>SHA-256 (lower-case hex) over the previous entry's hash and this entry's <see cref="CanonicalForm"/>.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>Gives the entry its place in the chain; once only.</summary>
    public void Seal(long sequence, string previousHash)
    {
        if (Sequence != 0) throw new InvalidOperationException("An audit entry is sealed once.");
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        Sequence = sequence;
        Hash = ComputeHash(previousHash);
    }

    /// <summary>What <see cref="Hash"/> should be, given the previous entry's hash; the verifier compares the two.</summary>
    public string ComputeHash(string previousHash)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + CanonicalForm()));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Every field but the hash, in a fixed order and format (a JSON array), so the same row always hashes the same.</summary>
    public string CanonicalForm() => JsonSerializer.Serialize(new string?[]
    {
        Sequence.ToString(CultureInfo.InvariantCulture), Id.ToString(), OccurredAtUtc.Ticks.ToString(CultureInfo.InvariantCulture),
        UserId?.ToString(), Role, OrganisationId?.ToString(), OnBehalfOfUserId?.ToString(), Action.ToString(), Outcome.ToString(),
        EntityType, EntityId, SubjectId?.ToString(), ChangedFields, Purpose, BreakGlass ? "1" : "0", Reason, ClientAddress, CorrelationId,
    });

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
