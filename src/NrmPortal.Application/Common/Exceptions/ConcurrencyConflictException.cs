namespace NrmPortal.Application.Common.Exceptions;

/// <summary>Someone else changed the record after the user loaded it; nothing was saved.</summary>
public sealed class ConcurrencyConflictException(Exception inner)
    : Exception("The record was changed by someone else after you opened it.", inner);
