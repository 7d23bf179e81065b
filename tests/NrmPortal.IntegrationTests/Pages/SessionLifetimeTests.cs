using System.Net;
using NrmPortal.Application.Features.Users;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Fixtures;
using NrmPortal.Web.Configuration;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>A session ends 12 hours after sign-in however active it is; the portal's clock is a FakeTimeProvider here.</summary>
public sealed class SessionLifetimeTests
{
    [Fact]
    public async Task A_session_ends_at_twelve_hours_after_sign_in_and_not_a_minute_before()
    {
        await using var factory = new ClockedPortalFactory();
        await factory.InitializeAsync();
        var admin = TestUser.InRole(Roles.Administrator);
        var organisation = await factory.SendAsync(new Builders.OrganisationBuilder().Build(), admin);
        var email = $"sessie-{Guid.NewGuid():N}@example.org";
        await factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "Sessie", Email = email, OrganisationId = organisation, Role = Roles.Police, InitialPassword = "een-eenmalig-wachtwoord-42",
        }, admin);
        var client = await factory.SignedInClientAsync(email, "een-eenmalig-wachtwoord-42");
        var ct = TestContext.Current.CancellationToken;

        // Stay active: a request every 10 minutes keeps the 15-minute idle time-out from ending the session first.
        var page = new Uri("/Identity/Account/ChangePassword", UriKind.Relative);
        var activeUntilJustBefore = new List<HttpStatusCode>();
        for (var elapsed = TimeSpan.Zero; elapsed < IdentitySetup.AbsoluteSessionLifetime - TimeSpan.FromMinutes(10); elapsed += TimeSpan.FromMinutes(10))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(10));
            activeUntilJustBefore.Add((await client.GetAsync(page, ct)).StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var justAfter = await client.GetAsync(page, ct);

        Assert.Equal(71, activeUntilJustBefore.Count);
        Assert.All(activeUntilJustBefore, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.StartsWith("/Identity/Account/Login", justAfter.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_late_in_a_session_does_not_restart_the_twelve_hours()
    {
        await using var factory = new ClockedPortalFactory();
        await factory.InitializeAsync();
        var admin = TestUser.InRole(Roles.Administrator);
        var organisation = await factory.SendAsync(new Builders.OrganisationBuilder().Build(), admin);
        var email = $"sessie-{Guid.NewGuid():N}@example.org";
        await factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "Sessie", Email = email, OrganisationId = organisation, Role = Roles.Police, InitialPassword = "een-eenmalig-wachtwoord-42",
        }, admin);
        var client = await factory.SignedInClientAsync(email, "een-eenmalig-wachtwoord-42");
        var ct = TestContext.Current.CancellationToken;
        var page = new Uri("/Identity/Account/EnrolAuthenticator", UriKind.Relative);
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11); elapsed += TimeSpan.FromMinutes(10))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(10));
            await client.GetAsync(new Uri("/Identity/Account/ChangePassword", UriKind.Relative), ct);
        }

        // The password change refreshes the sign-in (new claims); the sign-in time must stay the original one.
        var changed = await client.SubmitAsync("/Identity/Account/ChangePassword", "#change-password-form",
            [new("Input.OldPassword", "een-eenmalig-wachtwoord-42"), new("Input.NewPassword", "mijn eigen lange wachtzin 2026"),
             new("Input.ConfirmPassword", "mijn eigen lange wachtzin 2026")]);
        var statuses = new List<HttpStatusCode>();
        for (var elapsed = TimeSpan.FromHours(11); elapsed < TimeSpan.FromHours(11) + TimeSpan.FromMinutes(50); elapsed += TimeSpan.FromMinutes(10))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(10));
            statuses.Add((await client.GetAsync(page, ct)).StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var justAfter = await client.GetAsync(page, ct);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.StartsWith("/Identity/Account/Login", justAfter.LocationPath(), StringComparison.Ordinal);
    }
}
