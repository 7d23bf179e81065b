namespace NrmPortal.Domain.Auditing;

/// <summary>
/// The NEN 7513 event codes: Create, Read, Update, Delete, Execute (a step that is not a plain write, such as granting
/// break-the-glass access), Search (a list or search result) and Export (a file that leaves the portal, such as a CSV of the log).
/// </summary>
public enum AuditAction
{
    Create,
    Read,
    Update,
    Delete,
    Execute,
    Search,
    Export,
}
