namespace NrmPortal.Application.Common.Exceptions;

/// <summary>The signed-in user lacks the role this request needs.</summary>
public sealed class ForbiddenAccessException() : Exception("The current user may not perform this request.");
