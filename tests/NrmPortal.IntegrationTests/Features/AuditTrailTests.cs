using Microsoft.EntityFrameworkCore;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features;

/// <summary>No change without its audit entry: both are written in one transaction (security requirement R4).</summary>
public sealed class AuditTrailTests
{
    [Fact]
    public async Task When_the_audit_entry_cannot_be_written_the_change_is_not_saved_either()
    {
        await using var factory = new PortalFactory();
        await factory.InitializeAsync();
        var ct = TestContext.Current.CancellationToken;
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER audit_down BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit store unavailable'); END;", ct));
        var command = new OrganisationBuilder().Build();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => factory.SendAsync(command, TestUser.InRole(Roles.Administrator)));

        Assert.False(await factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == command.Name, ct)));
    }
}
