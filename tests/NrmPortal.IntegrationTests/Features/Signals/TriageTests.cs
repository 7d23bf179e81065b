using System.Net;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Application.Features.Users;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;
using static NrmPortal.Application.Features.Signals.TriageSignal;

namespace NrmPortal.IntegrationTests.Features.Signals;

[Collection(PortalCollection.Name)]
public sealed class TriageTests(PortalFactory factory)
{
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static readonly TestUser Coordinator = TestUser.InRole(Roles.CoMenshaCoordinator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<TestUser> CareWorkerAsync() =>
        new(Guid.NewGuid(), Roles.CareWorker, await factory.SendAsync(new OrganisationBuilder().OfType(OrganisationType.CareProvider).Build(), Admin));

    private Task<Guid> VersionOfAsync(Guid signalId) =>
        factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signalId).Select(s => s.Version).SingleAsync(Ct));

    [Fact]
    public async Task Registering_a_new_possible_victim_creates_the_file_with_the_signal_on_its_timeline()
    {
        var signal = await factory.SendAsync(SignalBuilder.Valid() with { EstimatedAge = 17, ExploitationForms = [ExploitationForms.Labour] }, await CareWorkerAsync());

        var victimId = await factory.SendAsync(new Command { SignalId = signal.Id, Version = await VersionOfAsync(signal.Id), Decision = Outcome.RegisterNewVictim }, Coordinator);
        var file = (await factory.SendAsync(new GetVictimFile.Query(victimId!.Value), Coordinator))!;
        var page = await factory.ClientFor(Coordinator).GetDocumentAsync($"/CoMensha/Victim/{victimId}");

        Assert.Matches(@"^CM-\d{4}-\d{5}$", file.RegistrationNumber);
        Assert.Equal(17, file.AgeAtRegistration);
        Assert.True(file.IsMinor);
        Assert.True(file.DateOfBirthEstimated);
        Assert.Equal(VictimFileStatus.Open, file.Status);
        Assert.Equal([TimelineEventKind.Registered, TimelineEventKind.SignalLinked], file.Timeline.Select(e => e.Kind));
        Assert.Equal(signal.Reference, Assert.Single(file.Signals).Reference);
        Assert.Contains(signal.Reference, page.QuerySelector("#timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(SignalStatus.RegisteredAsNewVictim, await factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signal.Id).Select(s => s.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Matching_ignores_case_accents_and_spacing_and_says_why_then_linking_merges_the_signal()
    {
        var careWorker = await CareWorkerAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        var first = await factory.SendAsync(SignalBuilder.Valid() with { Name = $"José da Silva {unique}", EstimatedAge = null, DateOfBirth = new DateOnly(1990, 4, 1), NationalityCode = "BR" }, careWorker);
        var victimId = (await factory.SendAsync(new Command { SignalId = first.Id, Version = await VersionOfAsync(first.Id), Decision = Outcome.RegisterNewVictim }, Coordinator))!.Value;
        var byName = await factory.SendAsync(SignalBuilder.Valid() with { Name = $"  JOSE   DA-SILVA {unique.ToUpperInvariant()}", Alias = "Zé", ExploitationForms = [ExploitationForms.Criminal] }, careWorker);
        var byBirth = await factory.SendAsync(SignalBuilder.Valid() with { Name = "Iemand anders " + unique, EstimatedAge = null, DateOfBirth = new DateOnly(1990, 4, 1), NationalityCode = "BR" }, careWorker);

        var nameMatches = await factory.SendAsync(new FindMatchingVictims.Query(byName.Id), Coordinator);
        var birthMatches = await factory.SendAsync(new FindMatchingVictims.Query(byBirth.Id), Coordinator);
        await factory.SendAsync(new Command { SignalId = byName.Id, Version = await VersionOfAsync(byName.Id), Decision = Outcome.LinkToVictim, VictimId = victimId }, Coordinator);
        var file = (await factory.SendAsync(new GetVictimFile.Query(victimId), Coordinator))!;

        Assert.Equal([FindMatchingVictims.MatchReason.SameName], Assert.Single(nameMatches, c => c.VictimId == victimId).Reasons);
        Assert.Equal([FindMatchingVictims.MatchReason.SameDateOfBirth, FindMatchingVictims.MatchReason.SameNationality],
            Assert.Single(birthMatches, c => c.VictimId == victimId).Reasons);
        Assert.Equal(ExploitationForms.Sexual | ExploitationForms.Criminal, file.ExploitationForms);
        Assert.Contains(file.Names, n => n is { Value: "Zé", IsAlias: true });
        Assert.Equal(2, file.Signals.Count);
        Assert.Equal(2, file.Timeline.Count(e => e.Kind == TimelineEventKind.SignalLinked));
    }

    [Fact]
    public async Task Two_coordinators_triaging_one_signal_at_once_let_exactly_one_win()
    {
        var signal = await factory.SendAsync(SignalBuilder.Valid(), await CareWorkerAsync());
        var version = await VersionOfAsync(signal.Id);
        var client = factory.ClientFor(Coordinator);
        var staleForm = await client.GetDocumentAsync($"/CoMensha/Triage/{signal.Id}");

        await factory.SendAsync(new Command { SignalId = signal.Id, Version = version, Decision = Outcome.Duplicate, Note = "SIG-2026-000001" }, Coordinator);
        var second = await Record.ExceptionAsync(() => factory.SendAsync(new Command { SignalId = signal.Id, Version = version, Decision = Outcome.RegisterNewVictim }, Coordinator));
        var viaPage = await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)staleForm.QuerySelector("#register-form")!, [new("Input.Decision", "RegisterNewVictim")]);

        Assert.IsType<ConcurrencyConflictException>(second);
        Assert.Equal(HttpStatusCode.OK, viaPage.StatusCode);
        var page = await HtmlForms.ParseAsync(viaPage);
        Assert.NotEmpty(page.QuerySelectorAll(".validation-summary-errors li"));
        Assert.NotNull(page.QuerySelector("#already-triaged")); // and the signal as it is now
        Assert.Equal(SignalStatus.Duplicate, await factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signal.Id).Select(s => s.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task A_victim_file_is_closed_with_a_reason_and_only_once()
    {
        var signal = await factory.SendAsync(SignalBuilder.Valid(), await CareWorkerAsync());
        var victimId = (await factory.SendAsync(new Command { SignalId = signal.Id, Version = await VersionOfAsync(signal.Id), Decision = Outcome.RegisterNewVictim }, Coordinator))!.Value;
        var client = factory.ClientFor(Coordinator);

        var noReason = await client.SubmitAsync($"/CoMensha/Victim/{victimId}", "#close-file-form", []);
        var stale = (await factory.SendAsync(new GetVictimFile.Query(victimId), Coordinator))!.Version;
        var closed = await client.SubmitAsync($"/CoMensha/Victim/{victimId}", "#close-file-form", [new("reason", "LeftToUnknownDestination")]);
        var again = await Record.ExceptionAsync(() => factory.SendAsync(new CloseVictimFile.Command(victimId, stale, CloseReason.Returned), Coordinator));
        var file = (await factory.SendAsync(new GetVictimFile.Query(victimId), Coordinator))!;

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(noReason)).QuerySelectorAll(".validation-summary-errors li"));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.IsType<NrmPortal.Domain.Common.DomainException>(again); // closed once: the rule holds whatever version was sent
        Assert.Equal(VictimFileStatus.Closed, file.Status);
        Assert.Equal(CloseReason.LeftToUnknownDestination, file.CloseReason);
        Assert.Equal(TimelineEventKind.Closed, file.Timeline[^1].Kind);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new CloseVictimFile.Command(victimId, file.Version, CloseReason.Returned), TestUser.InRole(Roles.Police)));
    }

    [Fact]
    public async Task Closing_as_not_trafficking_needs_a_reason()
    {
        var signal = await factory.SendAsync(SignalBuilder.Valid(), await CareWorkerAsync());

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(new Command { SignalId = signal.Id, Version = Guid.Empty, Decision = Outcome.NotTrafficking, Note = " " }, Coordinator));
        await factory.SendAsync(new Command { SignalId = signal.Id, Version = await VersionOfAsync(signal.Id), Decision = Outcome.NotTrafficking, Note = "Arbeidsconflict" }, Coordinator);

        Assert.Contains(GiveReason, refused.Errors["Note"]);
        Assert.Equal("Arbeidsconflict", await factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signal.Id).Select(s => s.TriageNote).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Only_CoMensha_triages_and_reads_victim_files_and_every_read_is_logged()
    {
        var careWorker = await CareWorkerAsync();
        var signal = await factory.SendAsync(SignalBuilder.Valid(), careWorker);
        var victimId = (await factory.SendAsync(new Command { SignalId = signal.Id, Version = await VersionOfAsync(signal.Id), Decision = Outcome.RegisterNewVictim }, Coordinator))!.Value;

        foreach (var role in Roles.All.Where(r => r != Roles.CoMenshaCoordinator))
        {
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new GetVictimFile.Query(victimId), TestUser.InRole(role)));
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new Command { SignalId = signal.Id, Decision = Outcome.Duplicate }, TestUser.InRole(role)));
        }
        await factory.SendAsync(new GetVictimFile.Query(victimId), Coordinator);

        var reads = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(PossibleVictim) && a.EntityId == victimId.ToString()
            && a.Action == AuditAction.Read && a.UserId == Coordinator.UserId, Ct));
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task The_access_log_names_an_observed_indicator_by_its_signal_never_by_its_code()
    {
        var signal = await factory.SendAsync(SignalBuilder.Valid(), await CareWorkerAsync());

        var indicatorEntries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Signal.SignalIndicator"
            && a.EntityId == signal.Id.ToString()).ToListAsync(Ct));

        Assert.Equal(2, indicatorEntries.Count);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId.Contains("CC-01") || (a.ChangedFields ?? "").Contains("CC-01"), Ct)));
    }

    [Fact]
    public async Task A_CoMensha_coordinator_can_only_be_a_user_of_a_CoMensha_organisation()
    {
        var careOrganisation = await factory.SendAsync(new OrganisationBuilder().OfType(OrganisationType.CareProvider).Build(), Admin);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "Verkeerd", Email = $"coord-{Guid.NewGuid():N}@example.org", OrganisationId = careOrganisation,
            Role = Roles.CoMenshaCoordinator, InitialPassword = "een-eenmalig-wachtwoord-42",
        }, Admin));

        Assert.Contains(UserRules.CoordinatorOutsideCoMensha, refused.Errors["Role"]);
    }
}
