using Microsoft.AspNetCore.Http;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Web.Infrastructure;

namespace NrmPortal.IntegrationTests.Fixtures;

/// <summary>The app's <see cref="CurrentUser"/>, unless a slice test has said whom to run as on this async flow.</summary>
public sealed class SwitchableCurrentUser(IHttpContextAccessor accessor,
    Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> cookieOptions) : ICurrentUser
{
    private static readonly AsyncLocal<ICurrentUser?> Override = new();
    private readonly CurrentUser _fromHttp = new(accessor, cookieOptions);

    private ICurrentUser Effective => Override.Value ?? _fromHttp;

    public static IDisposable RunAs(ICurrentUser? user)
    {
        var previous = Override.Value;
        Override.Value = user;
        return new Restore(previous);
    }

    public bool IsAuthenticated => Effective.IsAuthenticated;
    public Guid? UserId => Effective.UserId;
    public string? Role => Effective.Role;
    public Guid? OrganisationId => Effective.OrganisationId;
    public string? SessionKey => Effective.SessionKey;
    public bool IsInRole(string role) => Effective.IsInRole(role);

    private sealed class Restore(ICurrentUser? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }
}
