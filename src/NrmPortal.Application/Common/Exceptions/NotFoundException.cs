namespace NrmPortal.Application.Common.Exceptions;

/// <summary>The entity does not exist, or the user may not know that it exists (both give 404).</summary>
public sealed class NotFoundException(string entityType, object id) : Exception($"{entityType} {id} was not found.");
