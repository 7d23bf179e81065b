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
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<NrmUserManager>()
            .AddSignInManager<NrmSignInManager>()
            .AddClaimsPrincipalFactory<NrmUserClaimsPrincipalFactory>();

        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365); // ASVS 3.4.1: at least a year, subdomains included
            o.IncludeSubDomains = true;
        });
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = Pbkdf2Iterations);
        // A role change, lock or password reset must end sessions quickly (ASVS 7.4.2, 8.3.2).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        var secureOnly = !environment.IsDevelopment() && !environment.IsEnvironment("Testing");
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = secureOnly ? "__Host-NrmPortal" : "NrmPortal";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = secureOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(15); // idle time-out; sliding
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/Identity/Account/Login";
            cookie.LogoutPath = "/Identity/Account/Logout";
            cookie.AccessDeniedPath = "/Identity/Account/AccessDenied";
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAuthorization(options =>
        {
            foreach (var (policy, roles) in Policies.Matrix)
                options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        });
        return services;
    }
}
