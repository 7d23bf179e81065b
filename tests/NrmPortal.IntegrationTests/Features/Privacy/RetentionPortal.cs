using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;
using NrmPortal.Infrastructure.Persistence.Encryption;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Privacy;

/// <summary>
/// A portal on its own clock (23 November 2026 10:00 UTC) with a care provider that reports and refers, a receiving care
/// provider, CoMensha and two privacy officers; helpers to register, close and erase people. Every person gets a unique name,
/// alias, account and note, so a test can search the whole database for them.
/// </summary>
public sealed class RetentionPortal : IAsyncLifetime
{
    public static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);

    public ClockedPortalFactory Factory { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    public TestUser Reporter { get; private set; } = null!;
    public TestUser Receiver { get; private set; } = null!;
    public TestUser Coordinator { get; private set; } = null!;
    public TestUser Officer { get; private set; } = null!;
    public TestUser SecondOfficer { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Factory.InitializeAsync();
        Reporter = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        Receiver = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        Coordinator = await UserOfNewOrganisationAsync(Roles.CoMenshaCoordinator, OrganisationType.CoMensha);
        Officer = await UserOfNewOrganisationAsync(Roles.PrivacyOfficer, OrganisationType.Other);
        SecondOfficer = new TestUser(Guid.NewGuid(), Roles.PrivacyOfficer, Officer.OrganisationId);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    private async Task<TestUser> UserOfNewOrganisationAsync(string role, OrganisationType type) =>
        new(Guid.NewGuid(), role, await Factory.SendAsync(new OrganisationBuilder().OfType(type).Build(), Admin));

    public DateTime Now => Factory.Clock.GetUtcNow().UtcDateTime;

    /// <summary>What was written about one person: every text here must be gone after anonymisation.</summary>
    public sealed record Person(Guid VictimId, Guid SignalId, Guid ReferralId, string RegistrationNumber, string SignalReference, string[] Secrets);

    /// <summary>A signal with a name, alias, whereabouts and account, registered as a new person and referred with a handover note.</summary>
    public async Task<Person> RegisteredPersonAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var name = "Naam" + tag;
        var alias = "Bijnaam" + tag;
        var whereabouts = "Verblijft bij Adres" + tag;
        var account = "Verhaal" + tag + ": zij werkt zeven dagen per week en heeft haar paspoort niet.";
        var note = "Overdracht" + tag + ": spreekt Roemeens.";
        var signal = await Factory.SendAsync(SignalBuilder.Valid() with { Name = name, Alias = alias, Whereabouts = whereabouts, Account = account }, Reporter);
        var victimId = (await Factory.SendAsync(new TriageSignal.Command
        {
            SignalId = signal.Id, Version = await SignalVersionAsync(signal.Id), Decision = TriageSignal.Outcome.RegisterNewVictim,
        }, Coordinator))!.Value;
        var referralId = await Factory.SendAsync(new CreateReferral.Command
        {
            VictimId = victimId, ToOrganisationId = Receiver.OrganisationId, Need = ReferralNeed.PsychologicalHelp,
            ConsentRecordedOn = DateOnly.FromDateTime(Now), Consented = true, HandoverNote = note,
        }, Reporter);
        var number = await Factory.WithDbAsync(db => db.PossibleVictims.Where(v => v.Id == victimId).Select(v => v.RegistrationNumber).SingleAsync());
        return new Person(victimId, signal.Id, referralId, number, signal.Reference, [name, alias, tag]);
    }

    /// <summary>A signal triaged as not trafficking (closed without a registration), with a name, account and note.</summary>
    public async Task<(Guid Id, string[] Secrets)> ClosedSignalAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var signal = await Factory.SendAsync(SignalBuilder.Valid() with { Name = "Naam" + tag, Account = "Verhaal" + tag }, Reporter);
        await Factory.SendAsync(new TriageSignal.Command
        {
            SignalId = signal.Id, Version = await SignalVersionAsync(signal.Id), Decision = TriageSignal.Outcome.NotTrafficking, Note = "Notitie" + tag,
        }, Coordinator);
        return (signal.Id, [tag]);
    }

    public async Task CloseAsync(Guid victimId) =>
        await Factory.SendAsync(new CloseVictimFile.Command(victimId, await VictimVersionAsync(victimId), CloseReason.Returned), Coordinator);

    public Task<Guid> SignalVersionAsync(Guid id) => Factory.WithDbAsync(db => db.Signals.Where(s => s.Id == id).Select(s => s.Version).SingleAsync());

    public Task<Guid> VictimVersionAsync(Guid id) => Factory.WithDbAsync(db => db.PossibleVictims.Where(v => v.Id == id).Select(v => v.Version).SingleAsync());

    public Task<PossibleVictim> VictimAsync(Guid id) => Factory.WithDbAsync(db => db.PossibleVictims.AsNoTracking().SingleAsync(v => v.Id == id));

    public Task<ApplyRetention.Result> RunRetentionAsync() => Factory.SendAsync(new ApplyRetention.Command(), Officer);

    public async Task PlaceHoldAsync(Guid victimId, bool place = true) =>
        await Factory.SendAsync(new SetLegalHold.Command
        {
            Id = victimId, Version = await VictimVersionAsync(victimId), Place = place, Reason = place ? "Strafzaak loopt nog" : "Strafzaak afgerond",
        }, Officer);

    public Task<Guid> RequestErasureAsync(string registrationNumber, TestUser? by = null) =>
        Factory.SendAsync(new RequestErasure.Command { RegistrationNumber = registrationNumber, Ground = ErasureGround.ConsentWithdrawn, Reason = "Verzoek per brief ontvangen" }, by ?? Officer);

    public async Task DecideAsync(Guid requestId, bool approve, TestUser by, string? note = null)
    {
        var version = await Factory.WithDbAsync(db => db.ErasureRequests.Where(r => r.Id == requestId).Select(r => r.Version).SingleAsync());
        await Factory.SendAsync(new DecideErasure.Command { Id = requestId, Version = version, Approve = approve, Note = note }, by);
    }

    /// <summary>
    /// Every text cell of every table (the raw rows, read with plain SQL) that holds one of the secrets in any form: as plaintext,
    /// encrypted (an <c>enc:v1:</c> cell is decrypted with the portal's key ring and its plaintext searched), or as the blind
    /// index of a secret (a name's index identifies the name to whoever holds the key).
    /// </summary>
    public Task<List<string>> CellsContainingAsync(params string[] secrets) => Factory.WithDbAsync(async db =>
    {
        var protector = Factory.Services.GetRequiredService<FieldProtector>();
        var nameIndex = Factory.Services.GetRequiredService<INameIndex>();
        var indexes = secrets.Select(nameIndex.Of).OfType<string>().ToList();
        var found = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.IsDBNull(i) || reader.GetValue(i) is not string text) continue;
                    var plaintext = FieldProtector.IsProtected(text) ? protector.Unprotect(text) : text;
                    if (secrets.Any(s => plaintext.Contains(s, StringComparison.OrdinalIgnoreCase)) || indexes.Any(x => text.Contains(x, StringComparison.Ordinal)))
                        found.Add($"{table}.{reader.GetName(i)}");
                }
            }
        }
        return found;
    });
}
