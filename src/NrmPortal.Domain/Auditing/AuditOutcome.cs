namespace NrmPortal.Domain.Auditing;

/// <summary>The NEN 7513 outcome of a logged event.</summary>
public enum AuditOutcome
{
    /// <summary>The user did what was logged.</summary>
    Success,

    /// <summary>The user tried to open a record outside their relation and was refused (answered "not found").</summary>
    Denied,

    /// <summary>The attempt failed for another reason.</summary>
    Failure,
}
