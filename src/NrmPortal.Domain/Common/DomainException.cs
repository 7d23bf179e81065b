namespace NrmPortal.Domain.Common;

/// <summary>An invariant of the domain was violated. Input validation belongs in validators; this is the last line of defence.</summary>
public sealed class DomainException(string message) : Exception(message);
