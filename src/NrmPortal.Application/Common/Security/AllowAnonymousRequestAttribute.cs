namespace NrmPortal.Application.Common.Security;

/// <summary>
/// Marks a message that anyone may send, signed in or not (for example a query behind a deliberately public page).
/// Every other message must carry <see cref="RequireRoleAttribute"/>: the authorization behaviour refuses messages with neither.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AllowAnonymousRequestAttribute : Attribute;
