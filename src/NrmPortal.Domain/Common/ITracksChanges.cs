namespace NrmPortal.Domain.Common;

/// <summary>Creation and modification times (UTC) and users, filled in by the save interceptor.</summary>
public interface ITracksChanges
{
    DateTime CreatedAtUtc { get; }
    Guid? CreatedBy { get; }
    DateTime UpdatedAtUtc { get; }
    Guid? UpdatedBy { get; }
}
