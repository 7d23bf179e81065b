using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Persistence;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Privacy;

/// <summary>
/// The access log is append-only (database triggers and the save path refuse UPDATE and DELETE) and hash-chained: the
/// verifier finds a changed row by its hash and a removed row by the gap in the sequence (security requirement L6, NEN 7513).
/// Each test has its own database, since some of them break the chain on purpose.
/// </summary>
public sealed class AuditChainTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static readonly TestUser Officer = TestUser.InRole(Roles.PrivacyOfficer);

    private static async Task<PortalFactory> PortalWithEntriesAsync()
    {
        var factory = new PortalFactory();
        await factory.InitializeAsync();
        for (var i = 0; i < 3; i++) await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        return factory;
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_an_audit_entry()
    {
        await using var factory = await PortalWithEntriesAsync();

        var update = await Record.ExceptionAsync(() => factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Role = 'x'", Ct)));
        var delete = await Record.ExceptionAsync(() => factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries", Ct)));

        Assert.Contains(AuditLogSql.AppendOnlyMessage, Assert.IsType<SqliteException>(update).Message, StringComparison.Ordinal);
        Assert.Contains(AuditLogSql.AppendOnlyMessage, Assert.IsType<SqliteException>(delete).Message, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Role == Roles.Administrator, Ct)) >= 3);
    }

    [Fact]
    public async Task A_failed_save_leaves_no_sealed_entry_behind_for_the_next_save_on_the_same_context()
    {
        // Identity retries on the same context after a failed save; entries sealed for the failed save must not be sent
        // again with their old sequence (a collision, or a chain that no longer verifies).
        await using var factory = await PortalWithEntriesAsync();
        var taken = Organisation.Create("Bestaande organisatie", OrganisationType.CareProvider, Regions.National, ContactDetails.Empty);
        await factory.WithDbAsync(async db => { db.Organisations.Add(taken); await db.SaveChangesAsync(Ct); });

        var retried = Organisation.Create("Nieuwe organisatie", OrganisationType.CareProvider, Regions.National, ContactDetails.Empty);
        var failure = await factory.WithDbAsync(async db =>
        {
            var duplicate = Organisation.Create("Bestaande organisatie", OrganisationType.CareProvider, Regions.National, ContactDetails.Empty);
            db.Organisations.Add(duplicate);
            var exception = await Record.ExceptionAsync(() => db.SaveChangesAsync(Ct));
            db.Entry(duplicate).State = EntityState.Detached;
            db.Organisations.Add(retried);
            await db.SaveChangesAsync(Ct);
            return exception;
        });

        Assert.IsType<DbUpdateException>(failure);
        Assert.Equal(1, await factory.CountAuditEntriesAsync(nameof(Organisation), retried.Id.ToString()));
        Assert.True((await factory.SendAsync(new VerifyAuditChain.Query(), Officer)).Ok);
    }

    [Fact]
    public async Task The_save_path_refuses_to_change_or_remove_an_audit_entry()
    {
        await using var factory = await PortalWithEntriesAsync();

        var removal = await Record.ExceptionAsync(() => factory.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(Ct));
            await db.SaveChangesAsync(Ct);
        }));
        var change = await Record.ExceptionAsync(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(Ct);
            db.Entry(entry).Property(e => e.Role).CurrentValue = "x";
            await db.SaveChangesAsync(Ct);
        }));

        Assert.Contains("append-only", Assert.IsType<InvalidOperationException>(removal).Message, StringComparison.Ordinal);
        Assert.Contains("append-only", Assert.IsType<InvalidOperationException>(change).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_untouched_chain_verifies_and_the_check_is_logged()
    {
        await using var factory = await PortalWithEntriesAsync();
        var count = await factory.WithDbAsync(db => db.AuditEntries.LongCountAsync(Ct));

        var result = await factory.SendAsync(new VerifyAuditChain.Query(), Officer);

        Assert.True(result.Ok, result.ToString());
        Assert.Equal(count, result.Checked);
        Assert.Equal(0, result.Unchained);
        var sequences = await factory.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync(Ct));
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == AuditLogView.EntityType && a.Action == AuditAction.Execute, Ct)));
    }

    [Fact]
    public async Task A_changed_row_is_reported_at_its_sequence()
    {
        await using var factory = await PortalWithEntriesAsync();
        var victim = await factory.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Sequence).Skip(4).Select(a => a.Sequence).FirstAsync(Ct));

        // Someone with the database's own rights drops the trigger, changes a row and puts the trigger back.
        await factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_NoUpdate", Ct);
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET ChangedFields = 'Name' WHERE Sequence = {victim}", Ct);
            await db.Database.ExecuteSqlRawAsync(AuditLogSql.Sqlite.Split("CREATE TRIGGER AuditEntries_NoDelete")[0], Ct);
        });
        var result = await factory.SendAsync(new VerifyAuditChain.Query(), Officer);

        Assert.False(result.Ok);
        Assert.Equal(VerifyAuditChain.Problem.HashMismatch, result.Problem);
        Assert.Equal(victim, result.Sequence);
        Assert.Equal(victim - 1, result.Checked);
        Assert.NotEqual(result.Expected, result.Actual);
    }

    [Fact]
    public async Task A_removed_row_is_reported_as_a_gap()
    {
        await using var factory = await PortalWithEntriesAsync();
        var victim = await factory.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Sequence).Skip(3).Select(a => a.Sequence).FirstAsync(Ct));

        await factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_NoDelete", Ct);
            await db.Database.ExecuteSqlAsync($"DELETE FROM AuditEntries WHERE Sequence = {victim}", Ct);
        });
        var result = await factory.SendAsync(new VerifyAuditChain.Query(), Officer);

        Assert.False(result.Ok);
        Assert.Equal(VerifyAuditChain.Problem.MissingSequence, result.Problem);
        Assert.Equal(victim, result.Sequence);
    }

    [Fact]
    public async Task Removing_the_last_rows_is_reported_against_the_chain_head()
    {
        await using var factory = await PortalWithEntriesAsync();
        var last = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Sequence, Ct));

        await factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_NoDelete", Ct);
            await db.Database.ExecuteSqlAsync($"DELETE FROM AuditEntries WHERE Sequence = {last}", Ct);
        });
        var result = await factory.SendAsync(new VerifyAuditChain.Query(), Officer);

        Assert.False(result.Ok);
        Assert.Equal(VerifyAuditChain.Problem.ChainShorterThanHead, result.Problem);
        Assert.Equal(last, result.Sequence);
    }

    [Fact]
    public async Task Concurrent_writers_make_one_gap_free_chain()
    {
        await using var factory = await PortalWithEntriesAsync();
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAccessLog>().LogReadAsync("Probe", [id, Guid.NewGuid()], Ct);
        }, Ct)));
        var result = await factory.SendAsync(new VerifyAuditChain.Query(), Officer);

        Assert.True(result.Ok, result.ToString());
        var sequences = await factory.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync(Ct));
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
    }
}
