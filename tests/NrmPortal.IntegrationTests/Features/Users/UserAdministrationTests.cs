using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Application.Features.Users;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Users;

[Collection(PortalCollection.Name)]
public sealed class UserAdministrationTests(PortalFactory factory)
{
    private const string OneTimePassword = "een-eenmalig-wachtwoord-42";
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creates_a_user_for_an_organisation_with_one_role_who_must_change_the_password()
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var email = $"nieuw-{Guid.NewGuid():N}@zorg.example";

        var response = await factory.ClientFor(Admin).SubmitAsync("/Admin/Users/Create", "#user-form",
        [
            new("Input.DisplayName", "Nieuwe Collega"), new("Input.Email", email), new("Input.OrganisationId", organisationId.ToString()),
            new("Input.Role", Roles.CareWorker), new("Input.InitialPassword", OneTimePassword),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = (await factory.SendAsync(new ListUsers.Query { Search = email }, Admin)).Items.Single();
        Assert.Equal(organisationId, user.OrganisationId);
        Assert.Equal(Roles.CareWorker, user.Role);
        Assert.True(user.MustChangePassword);
        Assert.Equal($"/Admin/Users/Details/{user.Id}", response.LocationPath());
        Assert.True(await factory.CountAuditEntriesAsync(nameof(AppUser), user.Id.ToString()) >= 1);
    }

    [Fact]
    public async Task Shows_every_field_message_and_keeps_input_when_input_invalid()
    {
        var response = await factory.ClientFor(Admin).SubmitAsync("/Admin/Users/Create", "#user-form",
        [
            new("Input.DisplayName", ""), new("Input.Email", "geen-adres"), new("Input.OrganisationId", Guid.NewGuid().ToString()),
            new("Input.InitialPassword", "kort"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlForms.ParseAsync(response);
        foreach (var field in new[] { "DisplayName", "Email", "OrganisationId", "Role", "InitialPassword" })
            Assert.False(string.IsNullOrWhiteSpace(document.TextOf($"#Input_{field}-error")), $"No message for {field}");
        Assert.Equal("geen-adres", document.QuerySelector("#Input_Email")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    [InlineData(100, true)]
    public async Task Accepts_passwords_from_fifteen_characters_without_composition_rules(int length, bool accepted)
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var command = new CreateUser.Command
        {
            DisplayName = "Lengte", Email = $"lengte-{Guid.NewGuid():N}@example.org", OrganisationId = organisationId, Role = Roles.Coa,
            InitialPassword = new string('a', length), // lower-case letters only: no digits, capitals or symbols required
        };

        var error = await Record.ExceptionAsync(() => factory.SendAsync(command, Admin));

        Assert.Equal(accepted, error is null);
    }

    [Fact]
    public async Task Stores_passwords_as_PBKDF2_with_at_least_210000_iterations()
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var (userId, _) = await CreateUserAsync(organisationId, Roles.Coa);

        var hash = Convert.FromBase64String((await factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync(Ct)))!);

        Assert.Equal(0x01, hash[0]); // Identity V3 format: PBKDF2 with a per-user salt
        Assert.True(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)) >= 210_000);
    }

    [Fact]
    public async Task Refuses_an_unknown_role_posted_by_hand()
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);

        var ex = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "X", Email = $"x-{Guid.NewGuid():N}@example.org", OrganisationId = organisationId, Role = "SuperAdmin", InitialPassword = OneTimePassword,
        }, Admin));

        Assert.Contains(UserRules.UnknownRole, ex.Errors["Role"]);
    }

    [Fact]
    public async Task Refuses_a_user_for_an_inactive_organisation_and_a_duplicate_email()
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var (userId, email) = await CreateUserAsync(organisationId, Roles.Police);
        var version = await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Version).SingleAsync(Ct));
        await factory.SendAsync(new SetOrganisationActive.Command(organisationId, version, Active: false), Admin);

        var ex = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "X", Email = email.ToUpperInvariant(), OrganisationId = organisationId, Role = Roles.Police, InitialPassword = OneTimePassword,
        }, Admin));

        Assert.Contains(UserRules.UnknownOrganisation, ex.Errors["OrganisationId"]);
        Assert.Contains(UserRules.EmailInUse, ex.Errors["Email"]);
        Assert.NotEqual(Guid.Empty, userId);
    }

    [Fact]
    public async Task Changing_the_role_ends_the_users_sessions_and_ignores_an_over_posted_id()
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var (userId, _) = await CreateUserAsync(organisationId, Roles.CareWorker);
        var (bystanderId, _) = await CreateUserAsync(organisationId, Roles.CareWorker);
        var stampBefore = await SecurityStampAsync(userId);

        var response = await factory.ClientFor(Admin).SubmitAsync($"/Admin/Users/Edit/{userId}", "#user-form",
            [new("Input.Role", Roles.Coa), new("Input.Id", bystanderId.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Roles.Coa, (await factory.SendAsync(new GetUser.Query(userId), Admin))!.Role);
        Assert.Equal(Roles.CareWorker, (await factory.SendAsync(new GetUser.Query(bystanderId), Admin))!.Role);
        Assert.NotEqual(stampBefore, await SecurityStampAsync(userId));
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role_or_lock_themselves()
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var (adminId, email) = await CreateUserAsync(organisationId, Roles.Administrator);
        var self = new TestUser(adminId, Roles.Administrator, organisationId);
        var account = (await factory.SendAsync(new GetUser.Query(adminId), self))!;

        var demote = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(new EditUser.Command
        {
            Id = adminId, ConcurrencyStamp = account.ConcurrencyStamp, DisplayName = account.DisplayName, Email = email,
            OrganisationId = organisationId, Role = Roles.CareWorker,
        }, self));
        var lockSelf = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(new SetUserLocked.Command(adminId, Locked: true), self));

        Assert.Contains(UserRules.CannotDemoteSelf, demote.Errors["Role"]);
        Assert.Contains(UserRules.CannotLockSelf, lockSelf.Errors["Id"]);
        Assert.Equal(Roles.Administrator, (await factory.SendAsync(new GetUser.Query(adminId), self))!.Role);
    }

    [Fact]
    public async Task Shows_a_conflict_when_the_user_changed_after_the_form_was_loaded()
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var (userId, _) = await CreateUserAsync(organisationId, Roles.Ind);
        var client = factory.ClientFor(Admin);
        var staleForm = await client.GetDocumentAsync($"/Admin/Users/Edit/{userId}");
        await factory.SendAsync(new SetUserLocked.Command(userId, Locked: true), Admin); // renews the concurrency stamp

        var response = await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)staleForm.QuerySelector("#user-form")!,
            [new("Input.DisplayName", "Andere naam")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(response)).QuerySelectorAll(".validation-summary-errors li"));
        Assert.NotEqual("Andere naam", (await factory.SendAsync(new GetUser.Query(userId), Admin))!.DisplayName);
    }

    [Fact]
    public async Task Locks_unlocks_resets_two_factor_and_resets_the_password_each_ending_sessions()
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var (userId, _) = await CreateUserAsync(organisationId, Roles.Police);
        var client = factory.ClientFor(Admin);

        foreach (var handler in new[] { "Lock", "Unlock", "ResetTwoFactor", "ResetPassword" })
        {
            var stamp = await SecurityStampAsync(userId);
            var response = await client.SubmitAsync($"/Admin/Users/Details/{userId}", $"form[action*='handler={handler}']",
                handler == "ResetPassword" ? [new("PasswordReset.OneTimePassword", "nieuw eenmalig wachtwoord 7")] : []);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.NotEqual(stamp, await SecurityStampAsync(userId));
            if (handler == "Lock") Assert.True((await factory.SendAsync(new GetUser.Query(userId), Admin))!.IsLockedAt(DateTimeOffset.UtcNow));
            if (handler == "Unlock") Assert.False((await factory.SendAsync(new GetUser.Query(userId), Admin))!.IsLockedAt(DateTimeOffset.UtcNow));
        }
        Assert.True((await factory.SendAsync(new GetUser.Query(userId), Admin))!.MustChangePassword);
    }

    [Fact]
    public async Task Lists_users_filtered_by_organisation_and_role()
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        await CreateUserAsync(organisationId, Roles.Police);
        await CreateUserAsync(organisationId, Roles.Police);
        await CreateUserAsync(organisationId, Roles.Coa);

        var police = await factory.SendAsync(new ListUsers.Query { OrganisationId = organisationId, Role = Roles.Police }, Admin);
        var page = await factory.ClientFor(Admin).GetDocumentAsync($"/Admin/Users?organisationId={organisationId}");

        Assert.Equal(2, police.TotalCount);
        Assert.Equal(3, page.QuerySelectorAll("#users-table tbody tr").Length);
    }

    [Fact]
    public async Task Refuses_user_commands_from_other_roles()
    {
        foreach (var role in Roles.All.Where(r => r != Roles.Administrator))
        {
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new SetUserLocked.Command(Guid.NewGuid(), true), TestUser.InRole(role)));
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new ListUsers.Query(), TestUser.InRole(role)));
        }
    }

    private async Task<(Guid Id, string Email)> CreateUserAsync(Guid organisationId, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var id = await factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "Collega " + role, Email = email, OrganisationId = organisationId, Role = role, InitialPassword = OneTimePassword,
        }, Admin);
        return (id, email);
    }

    private async Task<string?> SecurityStampAsync(Guid userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetSecurityStampAsync((await users.FindByIdAsync(userId.ToString()))!);
    }
}
