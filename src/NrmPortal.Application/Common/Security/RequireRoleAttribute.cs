namespace NrmPortal.Application.Common.Security;

/// <summary>
/// Defence in depth beside the page policies: a message carrying this attribute is refused unless the user has one of the roles.
/// Several attributes on one message must all be satisfied (ASP.NET Core semantics).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequireRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
