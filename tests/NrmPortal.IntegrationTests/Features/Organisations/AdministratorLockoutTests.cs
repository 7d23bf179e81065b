using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Infrastructure.Seeding;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Organisations;

/// <summary>The portal must never end up with no administrator who can sign in. Each test has a fresh database of its own.</summary>
public sealed class AdministratorLockoutTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Refuses_to_deactivate_the_own_organisation_or_the_one_holding_the_last_administrators()
    {
        await using var factory = new PortalFactory();
        await factory.InitializeAsync();
        var organisation = await factory.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(Ct)); // only the bootstrap one
        var (bootstrapOrganisation, version) = (organisation.Id, organisation.Version);
        var insider = new TestUser(Guid.NewGuid(), Roles.Administrator, bootstrapOrganisation);
        var outsider = TestUser.InRole(Roles.Administrator);

        var own = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(new SetOrganisationActive.Command(bootstrapOrganisation, version, Active: false), insider));
        var last = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(new SetOrganisationActive.Command(bootstrapOrganisation, version, Active: false), outsider));

        Assert.Contains(SetOrganisationActive.CannotDeactivateOwn, own.Errors["Id"]);
        Assert.Contains(SetOrganisationActive.WouldLeaveNoAdministrator, last.Errors["Id"]);
        Assert.True(await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == bootstrapOrganisation).Select(o => o.IsActive).SingleAsync(Ct)));
    }

    [Fact]
    public async Task The_bootstrap_password_restores_a_locked_out_administrator_at_the_next_start()
    {
        await using var factory = new PortalFactory();
        await factory.InitializeAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin = (await users.FindByEmailAsync("admin@it.nrm.local"))!;
            await users.SetLockoutEndDateAsync(admin, DateTimeOffset.MaxValue);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(isDevelopment: false, Ct);
        }

        var client = await factory.SignedInClientAsync("admin@it.nrm.local", PortalFactory.AdminPassword);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Equal("/Identity/Account/ChangePassword", home.LocationPath()); // in again, and must choose a new password
    }
}
