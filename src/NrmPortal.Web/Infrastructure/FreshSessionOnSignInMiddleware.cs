using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NrmPortal.Web.Infrastructure;

/// <summary>
/// Signing in always starts a new session with a new key (ASVS 7.2.4, session fixation). With a session store, the cookie
/// handler would put the new ticket under the key of a session cookie the browser already sends (dotnet/aspnetcore#22135),
/// so on the sign-in POSTs that session is ended and its cookie is taken out of the request before authentication runs.
/// </summary>
public sealed class FreshSessionOnSignInMiddleware(RequestDelegate next, IOptionsMonitor<CookieAuthenticationOptions> cookieOptions)
{
    /// <summary>The claim in which the cookie handler keeps the session key (CookieAuthenticationHandler's SessionIdClaim).</summary>
    public const string SessionIdClaim = "Microsoft.AspNetCore.Authentication.Cookies-SessionId";

    private static readonly PathString[] SignInPaths =
        ["/Identity/Account/Login", "/Identity/Account/LoginWith2fa", "/Identity/Account/LoginWithRecoveryCode"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && SignInPaths.Any(p => string.Equals((context.Request.Path.Value ?? "").TrimEnd('/'), p.Value, StringComparison.OrdinalIgnoreCase)))
            await ForgetCurrentSessionAsync(context);
        await next(context);
    }

    /// <summary>
    /// The key of the request's server-side session. It is only in the cookie's own small ticket: the principal the handler
    /// restores from the store does not carry it.
    /// </summary>
    public static string? SessionKeyOf(HttpContext context, CookieAuthenticationOptions options) =>
        options.Cookie.Name is { } name && options.CookieManager.GetRequestCookie(context, name) is { } value
            ? options.TicketDataFormat.Unprotect(value)?.Principal.FindFirst(SessionIdClaim)?.Value
            : null;

    private async Task ForgetCurrentSessionAsync(HttpContext context)
    {
        var options = cookieOptions.Get(IdentityConstants.ApplicationScheme);
        var name = options.Cookie.Name;
        if (name is null || options.CookieManager.GetRequestCookie(context, name) is not { } value) return;

        if (options.SessionStore is not null && options.TicketDataFormat.Unprotect(value)?.Principal.FindFirst(SessionIdClaim) is { } key)
            await options.SessionStore.RemoveAsync(key.Value, context, context.RequestAborted);
        var others = context.Request.Headers.Cookie.SelectMany(h => (h ?? "").Split(';'))
            .Select(c => c.Trim())
            .Where(c => c.Length > 0 && !c.StartsWith(name + "=", StringComparison.Ordinal) && !c.StartsWith(name + "C", StringComparison.Ordinal));
        context.Request.Headers.Cookie = string.Join("; ", others);
    }
}
