namespace NrmPortal.Domain.Auditing;

/// <summary>
/// One row of the append-only audit trail: who did what to which entity, when, from which request.
/// Holds the names of the changed fields, never their values (sensitive data must not reach the log).
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 20;
    public const int EntityTypeMaxLength = 100;
    public const int EntityIdMaxLength = 100;
    public const int ChangedFieldsMaxLength = 2000;
    public const int RoleMaxLength = 50;
    public const int CorrelationIdMaxLength = 64;

    private AuditEntry() { } // for EF Core

    public AuditEntry(DateTime occurredAtUtc, Guid? userId, string? role, Guid? organisationId, AuditAction action,
        string entityType, string entityId, string? changedFields, string? correlationId)
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
}
