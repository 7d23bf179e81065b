namespace NrmPortal.Domain.Auditing;

/// <summary>The NEN 7513 event action codes: Create, Read, Update, Delete, Execute.</summary>
public enum AuditAction
{
    Create,
    Read,
    Update,
    Delete,
    Execute,
}
