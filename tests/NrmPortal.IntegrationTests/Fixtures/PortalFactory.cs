using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Infrastructure.Persistence;

namespace NrmPortal.IntegrationTests.Fixtures;

/// <summary>
/// The portal on a real SQLite database file with the migrations applied (never the EF in-memory provider).
/// One database per factory; tests use unique values so they do not depend on each other.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "integration-admin-password-0001";

    /// <summary>The blind-index key of the test hosts (base64 of 32 bytes); public, like the development one.</summary>
    public const string BlindIndexKey = "aW50ZWdyYXRpb24tdGVzdHMtYmxpbmQtaW5kZXgta2V5";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nrm-it-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "nrm.db");

    /// <summary>Where this portal's mail goes (Mail:Mode PickupFolder): one .eml file per mail, nothing is sent.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>SQLite by default; the SQL Server tests override both with their container's.</summary>
    protected virtual string DatabaseProvider => "Sqlite";

    protected virtual string ConnectionString => $"Data Source={DatabasePath}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", DatabaseProvider);
        builder.UseSetting("ConnectionStrings:Nrm", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("Seed:BootstrapAdminEmail", "admin@it.nrm.local");
        builder.UseSetting("Seed:BootstrapAdminPassword", AdminPassword);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Mail:Mode", "PickupFolder");
        builder.UseSetting("Reminders:Enabled", "false"); // tests run the reminder job explicitly, on their own clock
        builder.UseSetting("Retention:Enabled", "false"); // tests run the retention command explicitly, on their own clock
        builder.UseSetting("Mail:PickupDirectory", MailFolder);
        builder.UseSetting("Encryption:BlindIndexKey", BlindIndexKey);
        // Tests sign in many times from one address: limits far above what they use (RateLimitTests lowers them again).
        foreach (var category in new[] { "Login", "TwoFactor", "ForgotPassword", "Search" })
        {
            builder.UseSetting($"RateLimits:{category}:PerIp", "100000");
            builder.UseSetting($"RateLimits:{category}:PerAccount", "100000");
        }
        builder.ConfigureServices(services =>
        {
            // Requests with test headers are authenticated by the test handler; all others by the real Identity cookie.
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, o =>
                o.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(TestAuthHandler.UserHeader)
                    ? null
                    : Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
            services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = TestAuthHandler.SchemeName);
            // Check the security stamp on every request, so tests see at once what production sees within a minute.
            services.Configure<Microsoft.AspNetCore.Identity.SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddressStartupFilter>();
            services.RemoveAll<ICurrentUser>();
            services.AddScoped<ICurrentUser, SwitchableCurrentUser>();
        });
    }

    public virtual ValueTask InitializeAsync()
    {
        _ = Services; // starts the host: migrations and seeding run now, not inside the first test
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } // best effort
        GC.SuppressFinalize(this);
    }

    /// <summary>Takes the database away under the running portal, to see how it fails (generic page, no data, no details).</summary>
    public void RemoveDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>An HTTPS client that does not follow redirects, acting as <paramref name="user"/> (anonymous when null).</summary>
    public HttpClient ClientFor(TestUser? user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, user.UserId.ToString());
            client.DefaultRequestHeaders.Add(TestAuthHandler.RoleHeader, user.Role);
            client.DefaultRequestHeaders.Add(TestAuthHandler.OrganisationHeader, user.OrganisationId.ToString());
        }
        return client;
    }

    /// <summary>An HTTPS client with a cookie jar that signs in through the real login page.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password)
    {
        var client = ClientFor(null);
        var response = await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", password)]);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Sign-in of {email} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>The portal's current time (the fake clock's in <see cref="ClockedPortalFactory"/>), for authenticator codes.</summary>
    public virtual DateTimeOffset Now => DateTimeOffset.UtcNow;

    /// <summary>
    /// Enrols an authenticator app on the forced enrolment page with a code for <see cref="Now"/> plus
    /// <paramref name="stepOffset"/> steps of 30 seconds, and returns the key read from the page.
    /// </summary>
    public async Task<string> EnrolAsync(HttpClient client, int stepOffset = 0)
    {
        var page = await client.GetDocumentAsync("/Identity/Account/EnrolAuthenticator");
        var key = page.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var response = await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#enrol-form")!,
            [new("Input.Code", Totp.Code(key, Now.AddSeconds(30 * stepOffset)))]);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, (await HtmlForms.ParseAsync(response)).QuerySelectorAll("#recovery-codes li").Length);
        return key;
    }

    /// <summary>
    /// Signs in with password and authenticator code (for <see cref="Now"/> plus <paramref name="stepOffset"/> steps); returns
    /// the client and the last response (a redirect away from the second step when the code was accepted).
    /// </summary>
    public async Task<(HttpClient Client, HttpResponseMessage Response)> SignInWithCodeAsync(string email, string password, string key, int stepOffset = 0)
    {
        var client = ClientFor(null);
        var password1 = await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", password)]);
        var secondStep = password1.LocationPath() ?? "";
        Assert.StartsWith("/Identity/Account/LoginWith2fa", secondStep, StringComparison.Ordinal);
        var response = await client.SubmitAsync(secondStep, "#two-factor-form", [new("Input.TwoFactorCode", Totp.Code(key, Now.AddSeconds(30 * stepOffset)))]);
        return (client, response);
    }

    /// <summary>Sends a message through the whole mediator pipeline in a fresh scope, as <paramref name="user"/>.</summary>
    public async Task<TResponse> SendAsync<TResponse>(Mediator.IMessage message, ICurrentUser? user, Func<ISender, Mediator.IMessage, ValueTask<TResponse>> send)
    {
        using var _ = SwitchableCurrentUser.RunAs(user);
        await using var scope = Services.CreateAsyncScope();
        return await send(scope.ServiceProvider.GetRequiredService<ISender>(), message);
    }

    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, ICurrentUser? user) =>
        SendAsync(command, user, (sender, m) => sender.Send((ICommand<TResponse>)m));

    public Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, ICurrentUser? user) =>
        SendAsync(query, user, (sender, m) => sender.Send((IQuery<TResponse>)m));

    public Task<Unit> SendAsync(ICommand command, ICurrentUser? user) =>
        SendAsync(command, user, (sender, m) => sender.Send((ICommand)m));

    /// <summary>Runs <paramref name="action"/> against the database in its own scope (for arranging and asserting).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await action(db);
    }

    public Task WithDbAsync(Func<AppDbContext, Task> action) => WithDbAsync(async db => { await action(db); return 0; });

    public Task<int> CountAuditEntriesAsync(string entityType, string entityId) =>
        WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == entityType && a.EntityId == entityId));
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Portal";
}
