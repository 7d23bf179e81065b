using NrmPortal.Infrastructure.Identity;

namespace NrmPortal.Web.Infrastructure;

/// <summary>A user whose password must be changed (new account, administrator's request) can do nothing else until it is.</summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Identity/Account/ChangePassword";

    private static readonly string[] AllowedPrefixes = [ChangePasswordPath, "/Identity/Account/Logout", "/Session/Extend", "/Language", "/Error", "/health", "/css", "/js", "/lib", "/favicon.ico"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(NrmClaimTypes.MustChangePassword, "true")
            && !AllowedPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(ChangePasswordPath);
            return;
        }
        await next(context);
    }
}
