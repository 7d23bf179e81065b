namespace NrmPortal.Application.Common.Exceptions;

/// <summary>
/// The request is well-formed but breaks a rule of the domain (for example deactivating an inactive organisation).
/// The message is a translatable text key shown to the user as it is.
/// </summary>
public sealed class BusinessRuleException(string message) : Exception(message);
