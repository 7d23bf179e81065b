using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Victims;
using NrmPortal.Infrastructure.Persistence.Encryption;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;
using static NrmPortal.IntegrationTests.Features.Encryption.RawColumns;

namespace NrmPortal.IntegrationTests.Features.Encryption;

/// <summary>
/// Names, aliases, whereabouts, accounts, care notes and a shelter's confidential address are encrypted at rest: the raw
/// columns (read with plain SQL) hold no plaintext, the portal still shows the values, matching by name still works through
/// the blind index, and a changed ciphertext fails loudly.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class FieldEncryptionTests(PortalFactory factory)
{
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static readonly TestUser Coordinator = TestUser.InRole(Roles.CoMenshaCoordinator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("^enc:v1:[A-Za-z0-9_-]+$")]
    private static partial Regex Encrypted();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex BlindIndexFormat();

    private async Task<TestUser> UserOfNewOrganisationAsync(string role, OrganisationType type) =>
        new(Guid.NewGuid(), role, await factory.SendAsync(new OrganisationBuilder().OfType(type).Build(), Admin));

    private Task<Guid> VersionOfAsync(Guid signalId) =>
        factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signalId).Select(s => s.Version).SingleAsync(Ct));

    private async Task<Guid> RegisterVictimAsync(Guid signalId) =>
        (await factory.SendAsync(new TriageSignal.Command { SignalId = signalId, Version = await VersionOfAsync(signalId), Decision = TriageSignal.Outcome.RegisterNewVictim }, Coordinator))!.Value;

    private static void AssertEncrypted(string? stored, string plaintext)
    {
        Assert.NotNull(stored);
        Assert.Matches(Encrypted(), stored);
        Assert.DoesNotContain(plaintext, stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_signals_name_alias_whereabouts_and_account_are_stored_encrypted_and_shown_decrypted()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var unique = Guid.NewGuid().ToString("N")[..6];
        var command = SignalBuilder.Valid() with
        {
            Name = "Maria Ionescu " + unique, Alias = "Mimi " + unique, Whereabouts = "Bij de Kade " + unique + ", Rotterdam",
            Account = "Zij slaapt op het werk " + unique,
        };

        var signal = await factory.SendAsync(command, careWorker);

        var raw = await factory.ReadAsync("SELECT PersonName, PersonAlias, PersonWhereabouts, Account FROM Signals WHERE Id = $id", ("$id", Key(signal.Id)));
        AssertEncrypted(raw[0], command.Name);
        AssertEncrypted(raw[1], command.Alias);
        AssertEncrypted(raw[2], command.Whereabouts);
        AssertEncrypted(raw[3], command.Account);
        Assert.Equal(4, raw.Distinct().Count());
        var page = await factory.ClientFor(careWorker).GetDocumentAsync($"/Signals/Details/{signal.Id}");
        foreach (var value in new[] { command.Name, command.Alias, command.Whereabouts, command.Account })
            Assert.Contains(value, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_text_encrypts_differently_every_time()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var command = SignalBuilder.Valid();
        var first = await factory.SendAsync(command, careWorker);
        var second = await factory.SendAsync(command, careWorker);

        var raw = await factory.ReadAsync("SELECT PersonName FROM Signals WHERE Id IN ($a, $b)", ("$a", Key(first.Id)), ("$b", Key(second.Id)));

        Assert.Equal(2, raw.Distinct().Count()); // random IV: equal names cannot be spotted in the table
    }

    [Fact]
    public async Task A_registered_persons_names_are_encrypted_with_a_blind_index_and_the_triage_note_is_encrypted()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var unique = Guid.NewGuid().ToString("N")[..6];
        var signal = await factory.SendAsync(SignalBuilder.Valid() with { Name = "Ana Lúcia " + unique, Alias = "Lu " + unique }, careWorker);
        var closed = await factory.SendAsync(SignalBuilder.Valid() with { Name = "Niemand " + unique }, careWorker);

        var victimId = await RegisterVictimAsync(signal.Id);
        await factory.SendAsync(new TriageSignal.Command
        {
            SignalId = closed.Id, Version = await VersionOfAsync(closed.Id), Decision = TriageSignal.Outcome.NotTrafficking, Note = "Arbeidsconflict " + unique,
        }, Coordinator);

        var names = await factory.ReadAsync("SELECT Value, NameIndex FROM VictimNames WHERE VictimId = $id ORDER BY IsAlias", ("$id", Key(victimId)));
        AssertEncrypted(names[0], "Ana Lúcia " + unique);
        AssertEncrypted(names[2], "Lu " + unique);
        Assert.Matches(BlindIndexFormat(), names[1]);
        Assert.Matches(BlindIndexFormat(), names[3]);
        var index = factory.Services.GetRequiredService<INameIndex>();
        Assert.Equal(index.Of("ana lucia " + unique), names[1]);
        AssertEncrypted((await factory.ReadAsync("SELECT TriageNote FROM Signals WHERE Id = $id", ("$id", Key(closed.Id))))[0], "Arbeidsconflict");
        var file = (await factory.SendAsync(new GetVictimFile.Query(victimId), Coordinator))!;
        Assert.Equal(["Ana Lúcia " + unique, "Lu " + unique], file.Names.Select(n => n.Value).Order(StringComparer.Ordinal));
        var page = await factory.ClientFor(Coordinator).GetDocumentAsync($"/CoMensha/Victim/{victimId}");
        Assert.Contains("Ana Lúcia " + unique, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matching_by_name_works_on_the_blind_index_ignoring_case_and_diacritics()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var unique = Guid.NewGuid().ToString("N")[..6];
        var first = await factory.SendAsync(SignalBuilder.Valid() with { Name = $"José Núñez {unique}" }, careWorker);
        var victimId = await RegisterVictimAsync(first.Id);
        var plain = await factory.SendAsync(SignalBuilder.Valid() with { Name = $"Jose NUNEZ {unique.ToUpperInvariant()}" }, careWorker);
        var byAlias = await factory.SendAsync(SignalBuilder.Valid() with { Name = "Onbekend " + unique, Alias = $"  jose   nunez {unique} " }, careWorker);
        var partOnly = await factory.SendAsync(SignalBuilder.Valid() with { Name = "Jose " + unique }, careWorker);

        var matches = await factory.SendAsync(new FindMatchingVictims.Query(plain.Id), Coordinator);
        var aliasMatches = await factory.SendAsync(new FindMatchingVictims.Query(byAlias.Id), Coordinator);
        var partMatches = await factory.SendAsync(new FindMatchingVictims.Query(partOnly.Id), Coordinator);

        var candidate = Assert.Single(matches, c => c.VictimId == victimId);
        Assert.Contains(FindMatchingVictims.MatchReason.SameName, candidate.Reasons);
        Assert.Equal([$"José Núñez {unique}"], candidate.Names);
        Assert.Contains(aliasMatches, c => c.VictimId == victimId);
        Assert.DoesNotContain(partMatches, c => c.VictimId == victimId); // whole names only: a part of a name does not match
    }

    [Fact]
    public async Task The_handover_note_decline_reason_and_confidential_address_are_stored_encrypted()
    {
        var sender = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var receiver = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var provider = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.ShelterProvider);
        var unique = Guid.NewGuid().ToString("N")[..6];
        var victimId = await RegisterVictimAsync((await factory.SendAsync(SignalBuilder.Valid(), sender)).Id);

        var referralId = await factory.SendAsync(new CreateReferral.Command
        {
            VictimId = victimId, ToOrganisationId = receiver.OrganisationId, Need = ReferralNeed.MedicalHelp, ConsentRecordedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            Consented = true, HandoverNote = "Bel eerst de begeleider " + unique,
        }, sender);
        var version = await factory.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.Version).SingleAsync(Ct));
        await factory.SendAsync(new DeclineReferral.Command { ReferralId = referralId, Version = version, Reason = "Geen plaats " + unique }, receiver);
        var facilityId = await factory.SendAsync(new CreateFacility.Command(new FacilityInput
        {
            OrganisationId = provider.OrganisationId, Name = "Opvang " + unique, Type = ShelterType.SocialShelter, Places = 2,
            Sexes = [SexesAdmitted.Women], Nationalities = [NationalityGroups.Eu], Region = Regions.Rotterdam, ConfidentialAddress = "Geheime Gracht " + unique,
        }), Coordinator);

        var referral = await factory.ReadAsync("SELECT HandoverNote, DeclineReason FROM Referrals WHERE Id = $id", ("$id", Key(referralId)));
        AssertEncrypted(referral[0], "Bel eerst");
        AssertEncrypted(referral[1], "Geen plaats");
        AssertEncrypted((await factory.ReadAsync("SELECT ConfidentialAddress FROM ShelterFacilities WHERE Id = $id", ("$id", Key(facilityId))))[0], "Geheime Gracht");
        var shown = await factory.SendAsync(new GetReferral.Query(referralId), sender);
        Assert.Equal("Bel eerst de begeleider " + unique, shown!.HandoverNote);
        Assert.Equal("Geheime Gracht " + unique, (await factory.WithDbAsync(db => db.ShelterFacilities.AsNoTracking().SingleAsync(f => f.Id == facilityId, Ct))).ConfidentialAddress);
    }

    [Fact]
    public async Task A_changed_ciphertext_fails_loudly_instead_of_giving_a_wrong_value()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var signal = await factory.SendAsync(SignalBuilder.Valid(), careWorker);
        var stored = (await factory.ReadAsync("SELECT Account FROM Signals WHERE Id = $id", ("$id", Key(signal.Id))))[0]!;
        var middle = stored.Length / 2;
        var tampered = stored[..middle] + (stored[middle] == 'A' ? 'B' : 'A') + stored[(middle + 1)..];
        await factory.WriteAsync("UPDATE Signals SET Account = $value WHERE Id = $id", ("$value", tampered), ("$id", Key(signal.Id)));

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => factory.SendAsync(new GetSignal.Query(signal.Id), careWorker));
        var page = await factory.ClientFor(careWorker).GetAsync(new Uri($"/Signals/Details/{signal.Id}", UriKind.Relative), Ct);

        Assert.Contains(Chain(exception), e => e is FieldDecryptionException);
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, page.StatusCode);
    }

    [Fact]
    public async Task Legacy_plaintext_is_read_as_it_is_and_the_backfill_encrypts_it_once()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var unique = Guid.NewGuid().ToString("N")[..6];
        var signal = await factory.SendAsync(SignalBuilder.Valid() with { Name = $"Élodie Martin {unique}" }, careWorker);
        var victimId = await RegisterVictimAsync(signal.Id);
        // As the rows were before field encryption: plaintext values and the plaintext normalised name in the index column.
        await factory.WriteAsync("UPDATE Signals SET PersonName = $name, Account = 'Oud verhaal' WHERE Id = $id", ("$name", $"Élodie Martin {unique}"), ("$id", Key(signal.Id)));
        await factory.WriteAsync("UPDATE VictimNames SET Value = $name, NameIndex = $normalised WHERE VictimId = $id",
            ("$name", $"Élodie Martin {unique}"), ("$normalised", $"elodie martin {unique}"), ("$id", Key(victimId)));

        var legacy = await factory.SendAsync(new GetSignal.Query(signal.Id), careWorker);
        Assert.Equal("Oud verhaal", legacy!.Account);

        var first = await RunBackfillAsync();
        var second = await RunBackfillAsync();

        Assert.True(first >= 2);
        Assert.Equal(0, second);
        var raw = await factory.ReadAsync("SELECT PersonName, Account FROM Signals WHERE Id = $id", ("$id", Key(signal.Id)));
        AssertEncrypted(raw[0], "Élodie");
        AssertEncrypted(raw[1], "Oud verhaal");
        var names = await factory.ReadAsync("SELECT Value, NameIndex FROM VictimNames WHERE VictimId = $id", ("$id", Key(victimId)));
        AssertEncrypted(names[0], "Élodie");
        Assert.Equal(factory.Services.GetRequiredService<INameIndex>().Of($"elodie martin {unique}"), names[1]);
        Assert.Equal("Oud verhaal", (await factory.SendAsync(new GetSignal.Query(signal.Id), careWorker))!.Account);
        var again = await factory.SendAsync(SignalBuilder.Valid() with { Name = $"ELODIE martin {unique}" }, careWorker);
        Assert.Contains(await factory.SendAsync(new FindMatchingVictims.Query(again.Id), Coordinator), c => c.VictimId == victimId);
    }

    [Fact]
    public void The_stored_length_formula_is_exact_for_the_longest_plaintext()
    {
        var protector = factory.Services.GetRequiredService<FieldProtector>();
        foreach (var length in new[] { 1, 15, 16, 200, 500, 4000 })
        {
            var widest = new string('€', length); // three bytes in UTF-8, the most a single UTF-16 character takes
            Assert.Equal(FieldProtector.StoredMaxLength(length), protector.Protect(widest).Length);
            Assert.True(protector.Protect(new string('x', length)).Length <= FieldProtector.StoredMaxLength(length));
        }
    }

    private async Task<int> RunBackfillAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FieldEncryptionBackfill>().RunAsync(Ct);
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException) yield return e;
    }
}
