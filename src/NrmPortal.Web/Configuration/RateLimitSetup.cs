using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Configuration;

/// <summary>Limits of one kind of request: per client IP address and per account, in a fixed window.</summary>
public sealed class RateLimitRule
{
    public int PerIp { get; set; }
    public int PerAccount { get; set; }
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>Configuration section <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>POST of the sign-in form; the account is the e-mail address typed.</summary>
    public RateLimitRule Login { get; set; } = new() { PerIp = 10, PerAccount = 5 };

    /// <summary>POST of the second sign-in step, the recovery-code page and the enrolment page; the account is the user id.</summary>
    public RateLimitRule TwoFactor { get; set; } = new() { PerIp = 10, PerAccount = 5 };

    /// <summary>POST of the forgotten-password page; the account is the e-mail address typed.</summary>
    public RateLimitRule ForgotPassword { get; set; } = new() { PerIp = 5, PerAccount = 3 };

    /// <summary>GET with a query string on the list and search pages; the account is the signed-in user.</summary>
    public RateLimitRule Search { get; set; } = new() { PerIp = 120, PerAccount = 60 };
}

public enum RateLimitCategory
{
    Login,
    TwoFactor,
    ForgotPassword,
    Search,
}

/// <summary>
/// ASP.NET Core's rate limiter on sign-in, the two-factor pages, forgotten password and searching (ASVS 6.3.1 / 2.2.1
/// anti-automation): two fixed-window limiters chained, one partitioned per client IP address and one per account, so
/// neither many accounts from one address nor one account from many addresses gets unlimited tries. A refusal answers 429
/// with Retry-After and a short localised text.
/// </summary>
public static class RateLimitSetup
{
    private const string AccountItem = "nrm:rate-limit-account";
    private static readonly string[] SearchPages = ["/CoMensha/Inbox", "/Tracks", "/Signals", "/Referrals", "/Coa"];

    public static IServiceCollection AddNrmRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.SectionName));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            var settings = limits.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejectedAsync;
            if (!settings.Enabled) return;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, settings, perIp: true)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, settings, perIp: false)));
        });
        return services;
    }

    /// <summary>Finds the account a limited request is about (this needs the form or a cookie, read asynchronously), then limits.</summary>
    public static void UseNrmRateLimiting(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (Classify(context.Request) is { } category) context.Items[AccountItem] = await AccountOfAsync(context, category);
            await next(context);
        });
        app.UseRateLimiter();
    }

    public static RateLimitCategory? Classify(HttpRequest request)
    {
        // Routing also serves a page with a trailing slash ("/Identity/Account/Login/"): compare without it, or that spelling
        // would pass unlimited.
        var page = (request.Path.Value ?? "").TrimEnd('/');
        if (HttpMethods.IsPost(request.Method))
        {
            if (IsPage(page, "/Identity/Account/Login")) return RateLimitCategory.Login;
            if (IsPage(page, "/Identity/Account/ForgotPassword")) return RateLimitCategory.ForgotPassword;
            if (IsPage(page, "/Identity/Account/LoginWith2fa") || IsPage(page, "/Identity/Account/LoginWithRecoveryCode")
                || IsPage(page, "/Identity/Account/EnrolAuthenticator"))
                return RateLimitCategory.TwoFactor;
        }
        if (HttpMethods.IsGet(request.Method) && request.QueryString.HasValue)
        {
            if (page.EndsWith("/Index", StringComparison.OrdinalIgnoreCase)) page = page[..^"/Index".Length];
            if (SearchPages.Any(p => IsPage(page, p))) return RateLimitCategory.Search;
        }
        return null;
    }

    private static bool IsPage(string path, string page) => string.Equals(path, page, StringComparison.OrdinalIgnoreCase);

    private static async Task<string?> AccountOfAsync(HttpContext context, RateLimitCategory category)
    {
        switch (category)
        {
            case RateLimitCategory.Login or RateLimitCategory.ForgotPassword:
                if (!context.Request.HasFormContentType) return null;
                var form = await context.Request.ReadFormAsync(context.RequestAborted); // kept for model binding and antiforgery
                var email = form["Input.Email"].ToString().Trim();
                return email.Length == 0 ? null : email.ToUpperInvariant();
            case RateLimitCategory.TwoFactor:
                if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } signedIn) return signedIn;
                // Between the password and the code the user id is in Identity's two-factor cookie.
                var pending = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
                return pending.Principal?.FindFirstValue(ClaimTypes.Name);
            default:
                return context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        }
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions settings, bool perIp)
    {
        if (Classify(context.Request) is not { } category) return RateLimitPartition.GetNoLimiter("");
        var rule = RuleOf(settings, category);
        var key = perIp ? context.Connection.RemoteIpAddress?.ToString() ?? "unknown" : context.Items[AccountItem] as string;
        if (key is null) return RateLimitPartition.GetNoLimiter("");
        var limit = perIp ? rule.PerIp : rule.PerAccount;
        return RateLimitPartition.GetFixedWindowLimiter($"{category}|{(perIp ? "ip" : "account")}|{key}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit),
            Window = TimeSpan.FromSeconds(Math.Max(1, rule.WindowSeconds)),
            QueueLimit = 0,
        });
    }

    private static RateLimitRule RuleOf(RateLimitOptions settings, RateLimitCategory category) => category switch
    {
        RateLimitCategory.Login => settings.Login,
        RateLimitCategory.TwoFactor => settings.TwoFactor,
        RateLimitCategory.ForgotPassword => settings.ForgotPassword,
        _ => settings.Search,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var category = Classify(context.Request);
        var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : category is { } c ? RuleOf(settings, c).WindowSeconds : 60;
        seconds = Math.Max(1, seconds);
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitSetup))
            .LogWarning("Rate limit reached for {Category}; refused for {Seconds} seconds", category, seconds);

        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/plain; charset=utf-8";
        var T = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await context.Response.WriteAsync(
            string.Format(CultureInfo.CurrentCulture, T["Too many attempts. Wait {0} seconds and try again."], seconds), cancellationToken);
    }
}
