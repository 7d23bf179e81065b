namespace NrmPortal.Application.Common.Exceptions;

/// <summary>The entity does not exist, or the user may not know that it exists (both give 404).</summary>
public sealed class NotFoundException(string entityType, object id) : Exception($"{entityType} {id} was not found.")
{
    public string EntityType { get; } = entityType;

    public object Id { get; } = id;

    /// <summary>
    /// The record exists but is outside the user's relation: the unit of work logs the refused attempt
    /// (<see cref="Abstractions.IAccessLog.LogDeniedAsync"/>) after rolling back, so the log row survives the failed command.
    /// </summary>
    public bool RecordExists { get; init; }
}
