using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.Fixtures;

/// <summary>
/// Hosts the portal on a real Kestrel server (127.0.0.1, random port) with a fresh SQLite database and the demo data,
/// and launches Debian's Chromium through Playwright. Shared by every test in <see cref="PortalCollection"/>;
/// each test opens its own browser context.
/// </summary>
public sealed class PortalServerFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Password of every seeded demo user (Seed:DemoPassword); at least 15 characters.</summary>
    public const string DemoPassword = "browser-tests-demo-password-2024";

    /// <summary>Every seeded demo user is enrolled with this authenticator key (Seed:DemoAuthenticatorKey, Development only).</summary>
    public const string DemoAuthenticatorKey = "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA";

    public const string ChromiumPath = "/usr/bin/chromium";
    public const string RequireBrowserVariable = "NRM_REQUIRE_BROWSER";

    public const string ChromiumMissingMessage =
        "Chromium not found at /usr/bin/chromium; install Debian's chromium package (apt-get install -y chromium) or set NRM_REQUIRE_BROWSER=1 to make this a failure.";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "nrm-browser-tests-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The address of the running portal, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public static bool ChromiumAvailable => File.Exists(ChromiumPath);

    public static bool BrowserRequired => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RequireBrowserVariable));

    /// <summary>Where screenshots go: NRM_SCREENSHOT_DIR, or a screenshots folder next to the test assembly.</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("NRM_SCREENSHOT_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000); // web-first assertions wait up to 15 s (5 s by default) on a loaded CI machine

        // Without Chromium there is nothing to drive; each test then skips (or fails when NRM_REQUIRE_BROWSER is set).
        if (!ChromiumAvailable) return;

        Directory.CreateDirectory(_dataDirectory);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseUrl = addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Skips the calling test when Chromium is missing, or fails it when NRM_REQUIRE_BROWSER is set.</summary>
    public static void RequireChromium()
    {
        if (ChromiumAvailable) return;
        if (BrowserRequired) Assert.Fail(ChromiumMissingMessage);
        Assert.Skip(ChromiumMissingMessage);
    }

    /// <summary>A fresh, isolated browser context (own cookies) for one test, pointed at the portal.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        RequireChromium();
        var browser = _browser ?? throw new InvalidOperationException("The browser was not started.");
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "nl-NL",
        });
        // Generous: CI runs the test projects side by side on two cores, and a sign-in hashes a password with 210,000 PBKDF2 rounds.
        context.SetDefaultTimeout(45_000);
        context.SetDefaultNavigationTimeout(45_000);
        return context;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        builder.UseSetting("ConnectionStrings:Nrm", "Data Source=" + Path.Combine(_dataDirectory, "nrm.db"));
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Seed:DemoPassword", DemoPassword);
        builder.UseSetting("Seed:DemoAuthenticatorKey", DemoAuthenticatorKey);
        // The journeys sign in many times from 127.0.0.1: rate limits far above what they use.
        foreach (var category in new[] { "Login", "TwoFactor", "ForgotPassword", "Search" })
        {
            builder.UseSetting($"RateLimits:{category}:PerIp", "100000");
            builder.UseSetting($"RateLimits:{category}:PerAccount", "100000");
        }
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(_dataDirectory, "mail")); // not into the source tree
    }

    public override async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        TryDeleteDataDirectory();
    }

    private void TryDeleteDataDirectory()
    {
        try
        {
            if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL files for a moment; the temp folder is cleaned up by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>All browser tests share one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalServerFixture>
{
    public const string Name = "Portal";
}
