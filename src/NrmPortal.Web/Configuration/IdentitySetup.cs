using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Infrastructure.Persistence;

namespace NrmPortal.Web.Configuration;

public static class IdentitySetup
{
    public const int PasswordMinLength = 15;
    public const int Pbkdf2Iterations = 210_000;

    /// <summary>However active, a session ends this long after sign-in (ASVS 4.0.3 3.3.2: 12 hours, or 15 minutes idle).</summary>
    public static readonly TimeSpan AbsoluteSessionLifetime = TimeSpan.FromHours(12);

    /// <summary>A session ends after this long without a request (ASVS 4.0.3 3.3.2; the timeout warning counts on it).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);

    /// <summary>How long before the idle time-out the warning appears (WCAG 2.2.1; the text says "2 minutes").</summary>
    public static readonly TimeSpan IdleWarningBefore = TimeSpan.FromMinutes(2);

    /// <summary>The session's idle expiry is moved on by a request at most this often (one database update per minute at most).</summary>
    public static readonly TimeSpan RenewInterval = TimeSpan.FromMinutes(1);

    /// <summary>HttpContext item: when the current session will end if no further request comes (a <see cref="DateTimeOffset"/>).</summary>
    public const string SessionExpiresItem = "nrm:session-expires";

    /// <summary>Cookies are Secure with the __Host- prefix everywhere but on a developer's plain-HTTP localhost and in tests.</summary>
    public static bool CookiesAreSecureOnly(IHostEnvironment environment) =>
        !environment.IsDevelopment() && !environment.IsEnvironment("Testing");

    public static IServiceCollection AddNrmIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddDefaultIdentity<AppUser>(options =>
            {
                // ASVS 5.0 6.2.1/6.2.5: length, no composition rules.
                options.Password.RequiredLength = PasswordMinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                // Codes from authenticator apps: ±1 step and never twice (ASVS 6.5.1, 6.5.5).
                options.Tokens.AuthenticatorTokenProvider = TotpAuthenticatorTokenProvider.ProviderName;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<NrmUserManager>()
            .AddSignInManager<NrmSignInManager>()
            .AddClaimsPrincipalFactory<NrmUserClaimsPrincipalFactory>()
            .AddTokenProvider<TotpAuthenticatorTokenProvider>(TotpAuthenticatorTokenProvider.ProviderName);
        // Identity's own authenticator provider (±2 steps, replayable) stays registered under its name; point that name at
        // the portal's provider too, so no path can verify a code the lenient way.
        services.Configure<IdentityOptions>(o =>
            o.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(TotpAuthenticatorTokenProvider)));

        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365); // ASVS 3.4.1: at least a year, subdomains included
            o.IncludeSubDomains = true;
        });
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = Pbkdf2Iterations);
        // A role change, lock or password reset must end sessions quickly (ASVS 7.4.2, 8.3.2).
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The stamp check rebuilds the principal every minute; keep the original sign-in time on it.
            o.OnRefreshingPrincipal = refresh =>
            {
                if (refresh.CurrentPrincipal?.FindFirst(NrmClaimTypes.SignedInAt) is { } signedIn && refresh.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    if (identity.FindFirst(NrmClaimTypes.SignedInAt) is { } fresh) identity.RemoveClaim(fresh);
                    identity.AddClaim(new Claim(NrmClaimTypes.SignedInAt, signedIn.Value));
                }
                return Task.CompletedTask;
            };
        });

        var secureOnly = CookiesAreSecureOnly(environment);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = secureOnly ? "__Host-NrmPortal" : "NrmPortal";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = secureOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = IdleTimeout; // idle time-out; sliding
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/Identity/Account/Login";
            cookie.LogoutPath = "/Identity/Account/Logout";
            cookie.AccessDeniedPath = "/Identity/Account/AccessDenied";
            cookie.Events.OnValidatePrincipal = ValidateSessionAsync;
        });
        // Server-side sessions (ASVS 7.2.4, 7.4.1): the cookie holds only a random key to a database row, so sign-out and an
        // administrator's lock or access change end the session at once, and a copied cookie is worthless after that.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((cookie, store) => cookie.SessionStore = store);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAuthorization(options =>
        {
            foreach (var (policy, roles) in Policies.Matrix)
                options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        });
        return services;
    }

    /// <summary>Ends sessions older than <see cref="AbsoluteSessionLifetime"/>, then runs Identity's security-stamp check.</summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        // Not the cookie's IssuedUtc: sliding renewal moves that forward. The sign-in time travels as a claim instead.
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!long.TryParse(context.Principal?.FindFirst(NrmClaimTypes.SignedInAt)?.Value, out var signedIn)
            || now - DateTimeOffset.FromUnixTimeSeconds(signedIn) > AbsoluteSessionLifetime)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is null) return;

        // Sliding on every request (not only after half the time, the handler's default), but written at most once a minute:
        // the session ends 15 minutes after the last request, give or take that minute, which the timeout warning relies on.
        if (context.Properties.IssuedUtc is not { } issued || now - issued >= RenewInterval) context.ShouldRenew = true;
        context.HttpContext.Items[SessionExpiresItem] = context.ShouldRenew ? now + IdleTimeout : context.Properties.ExpiresUtc ?? now + IdleTimeout;
    }
}
