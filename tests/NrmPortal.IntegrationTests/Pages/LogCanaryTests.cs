using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Application.Features.Users;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;
using Serilog.Core;
using Serilog.Events;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>
/// A canary test (ASVS 16.2.5, NEN 7513 ch. 8): a user signs in through the real pages with known passwords and TOTP codes and
/// reports a signal whose account holds a unique canary string; then neither a password, a code, the authenticator key nor
/// the canary may appear in any log event (all levels from Debug, captured by a Serilog sink) or in the audit trail.
/// Serilog's host logger writes through the static <c>Log.Logger</c>, which the last portal started in the process replaces, so
/// this test runs alone (no other portal starts meanwhile) and its portal is the last one started.
/// </summary>
[Collection(Name)]
public sealed class LogCanaryTests
{
    public const string Name = "Log canary (alone)";

    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class Alone;

    private const string OneTimePassword = "canary-one-time-password-8311";
    private const string OwnPassword = "canary own long pass phrase 4472";
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Keeps every log event the portal writes, rendered with all its properties and any exception.</summary>
    private sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<string> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(string.Join(" | ",
            new[] { logEvent.Level.ToString(), logEvent.MessageTemplate.Text, logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) }
                .Concat(logEvent.Properties.Select(p => p.Key + "=" + p.Value))
                .Append(logEvent.Exception?.ToString() ?? "")));
    }

    private sealed class LogCapturingPortalFactory : PortalFactory
    {
        public CapturingSink Sink { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Debug");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Debug");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Debug");
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Sink)); // Serilog's ReadFrom.Services picks it up
        }
    }

    [Fact]
    public async Task Passwords_codes_and_free_text_never_reach_the_log_or_the_audit_trail()
    {
        await using var factory = new LogCapturingPortalFactory();
        await factory.InitializeAsync();
        var canary = "CANARY-" + Guid.NewGuid().ToString("N");
        var organisationId = await factory.SendAsync(new OrganisationBuilder().OfType(OrganisationType.CareProvider).Build(), Admin);
        var email = $"canary-{Guid.NewGuid():N}@example.org";
        var userId = await factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "Canary", Email = email, OrganisationId = organisationId, Role = Roles.CareWorker, InitialPassword = OneTimePassword,
        }, Admin);
        var secrets = new List<string> { OneTimePassword, OwnPassword, canary };
        var codes = new List<string>();

        // First sign-in with the one-time password, the forced change, and the forced enrolment of an authenticator app
        // (two-factor authentication is mandatory): its key, the code and the recovery codes shown once are secrets too.
        var first = factory.ClientFor(null);
        var signIn = await first.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", OneTimePassword)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var changed = await first.SubmitAsync("/Identity/Account/ChangePassword", "#change-password-form",
            [new("Input.OldPassword", OneTimePassword), new("Input.NewPassword", OwnPassword), new("Input.ConfirmPassword", OwnPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var enrol = await first.GetDocumentAsync("/Identity/Account/EnrolAuthenticator");
        var key = enrol.TextOf("#shared-key").Replace(" ", "", StringComparison.Ordinal);
        Assert.NotEmpty(key);
        secrets.Add(key);
        secrets.Add(enrol.TextOf("#shared-key")); // as shown, in groups of four
        codes.Add(Totp.Code(key, factory.Now));
        var enrolled = await first.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)enrol.QuerySelector("#enrol-form")!, [new("Input.Code", codes[^1])]);
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        var recoveryCodes = (await HtmlForms.ParseAsync(enrolled)).QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.All(recoveryCodes, code => Assert.NotEmpty(code));
        secrets.AddRange(recoveryCodes);

        // Second sign-in: password, then a code for the next step (the enrolment used this one; a replay would be refused).
        var client = factory.ClientFor(null);
        var password = await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", OwnPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Identity/Account/LoginWith2fa", password.LocationPath(), StringComparison.Ordinal);
        codes.Add(Totp.Code(key, factory.Now.AddSeconds(30)));
        var secondStep = await client.SubmitAsync(password.LocationPath()!, "#two-factor-form", [new("Input.TwoFactorCode", codes[^1])]);
        Assert.Equal(HttpStatusCode.Redirect, secondStep.StatusCode);
        Assert.DoesNotContain("LoginWith2fa", secondStep.LocationPath() ?? "", StringComparison.Ordinal);

        var report = await client.SubmitAsync("/Signals/Register", "#signal-form",
        [
            new("Input.ImmediateDanger", "false"), new("Input.Context", "ShelterIntake"), new("Input.Region", "Amsterdam"),
            new("Input.IndicatorCodes", "CC-01"), new("Input.ExploitationForms", "Sexual"), new("Input.Name", "Canary " + Guid.NewGuid().ToString("N")[..6]),
            new("Input.NationalityCode", "ng"), new("Input.EstimatedAge", "30"), new("Input.ConsentToRegistration", "true"),
            new("Input.Account", "Zij vertelde: " + canary + " en meer."),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        Assert.StartsWith("/Signals/Details/", report.LocationPath(), StringComparison.Ordinal);
        // It did go in: the column is encrypted, so read the account back through the model instead of searching it in SQL.
        var signalId = Guid.Parse(report.LocationPath()!["/Signals/Details/".Length..].Split('?', '#')[0]);
        Assert.Contains(canary, await factory.WithDbAsync(db => db.Signals.AsNoTracking().Where(s => s.Id == signalId).Select(s => s.Account).SingleAsync(Ct)) ?? "",
            StringComparison.Ordinal);
        Assert.Equal(2, codes.Count); // the authenticator app was switched on and its codes used

        var logEvents = factory.Sink.Events.ToList();
        var auditRows = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Select(a => a.EntityType + " " + a.EntityId + " " + a.ChangedFields + " " + a.Role + " " + a.CorrelationId).ToListAsync(Ct));
        Assert.Contains(logEvents, e => e.Contains("User signed in", StringComparison.Ordinal)); // the sink sees the portal's own log lines
        Assert.True(logEvents.Count > 100, $"Debug logging should capture plenty: {logEvents.Count}");
        Assert.Contains(auditRows, r => r.Contains(userId.ToString(), StringComparison.Ordinal));
        foreach (var (where, lines) in new[] { ("log", logEvents), ("audit trail", auditRows) })
        {
            foreach (var secret in secrets)
                Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
            foreach (var code in codes) // a six-digit code on its own, not inside a longer number, id or time
                Assert.DoesNotContain(lines, line => Regex.IsMatch(line, $"(?<![0-9A-Za-z.:]){code}(?![0-9A-Za-z.:])"));
            Assert.True(lines.Count > 0, where);
        }
    }
}
