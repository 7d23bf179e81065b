using NrmPortal.Infrastructure.Identity;

namespace NrmPortal.Web.Infrastructure;

/// <summary>
/// A user whose password must be changed (new account, administrator's request) can do nothing else until it is; then a
/// user without an authenticator app (new account, after an administrator's two-factor reset) can do nothing but enrol one.
/// </summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Identity/Account/ChangePassword";
    public const string EnrolAuthenticatorPath = "/Identity/Account/EnrolAuthenticator";

    private static readonly string[] AlwaysAllowed = ["/Identity/Account/Logout", "/Session/Extend", "/Language", "/Error", "/health", "/css", "/js", "/lib", "/favicon.ico"];

    public async Task InvokeAsync(HttpContext context)
    {
        var target = context.User.HasClaim(NrmClaimTypes.MustChangePassword, "true") ? ChangePasswordPath
            : context.User.HasClaim(NrmClaimTypes.MustEnrolTwoFactor, "true") ? EnrolAuthenticatorPath
            : null;
        if (target is not null
            && !context.Request.Path.StartsWithSegments(target, StringComparison.OrdinalIgnoreCase)
            && !AlwaysAllowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(target);
            return;
        }
        await next(context);
    }
}
