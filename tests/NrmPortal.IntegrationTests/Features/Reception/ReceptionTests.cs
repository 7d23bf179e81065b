using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Reception;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Reception;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;
using NrmPortal.IntegrationTests.Features.Residence;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Reception;

/// <summary>COA's reception and allowances, and CoMensha's guardianship organisation, on a portal at 23 November 2026.</summary>
public sealed class ReceptionTests(TrackPortal portal) : IClassFixture<TrackPortal>
{
    private static readonly DateOnly Today = TrackPortal.Today;
    private readonly ClockedPortalFactory _factory = portal.Factory;

    private Task<object?> SendAsync(IBaseCommand command, TestUser user) =>
        _factory.SendAsync((IMessage)command, user, async (sender, m) => await sender.Send((object)m));

    public static TheoryData<string> Commands() => [nameof(RecordReception), nameof(ChangeReception), nameof(EndReception)];

    private static IBaseCommand Build(string name, Guid victimId) => name switch
    {
        nameof(RecordReception) => new RecordReception.Command { VictimId = victimId, From = Today },
        nameof(ChangeReception) => new ChangeReception.Command { VictimId = victimId, Until = Today.AddDays(30) },
        _ => new EndReception.Command { VictimId = victimId, On = Today, Reason = ReceptionEndReason.Other },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Only_COA_may_record_reception(string command)
    {
        var victimId = await portal.InReflectionAsync(Today.AddDays(-5));

        foreach (var role in Roles.All.Where(r => r != Roles.Coa))
        {
            var refused = await Record.ExceptionAsync(() => SendAsync(Build(command, victimId), TestUser.InRole(role)));
            Assert.True(refused is ForbiddenAccessException, $"{command} as {role}: {refused?.GetType().Name ?? "allowed"}");
        }
        foreach (var query in new IMessage[] { new ListEntitledVictims.Query(), new GetReception.Query(victimId) })
            foreach (var role in Roles.All.Where(r => r != Roles.Coa))
                Assert.IsType<ForbiddenAccessException>(await Record.ExceptionAsync(() =>
                    _factory.SendAsync(query, TestUser.InRole(role), async (sender, m) => await sender.Send((object)m))));
    }

    [Fact]
    public async Task COA_starts_changes_and_ends_an_allowance_and_CoMensha_sees_it_on_the_timeline()
    {
        var coa = await portal.CoaAsync();
        var victimId = await portal.InReflectionAsync(Today.AddDays(-5));

        await _factory.SendAsync(new RecordReception.Command { VictimId = victimId, From = Today.AddDays(-5), HealthCostCover = true }, coa);
        var started = (await _factory.SendAsync(new GetReception.Query(victimId), coa))!.Person.Reception!;
        await _factory.SendAsync(new ChangeReception.Command { VictimId = victimId, Version = started.Version, Until = Today.AddDays(60), HealthCostCover = false }, coa);
        var changed = (await _factory.SendAsync(new GetReception.Query(victimId), coa))!.Person.Reception!;
        await _factory.SendAsync(new EndReception.Command { VictimId = victimId, Version = changed.Version, On = Today, Reason = ReceptionEndReason.LeftReception }, coa);
        var ended = (await _factory.SendAsync(new GetReception.Query(victimId), coa))!.Person.Reception!;
        var file = (await _factory.SendAsync(new GetVictimFile.Query(victimId), portal.Coordinator))!;
        var page = await _factory.ClientFor(portal.Coordinator).GetDocumentAsync($"/CoMensha/Victim/{victimId}");

        Assert.Equal((Today.AddDays(-5), (DateOnly?)null, true), (started.AllowanceFrom, started.AllowanceUntil, started.HealthCostCover));
        Assert.Equal((Today.AddDays(60), false), (changed.AllowanceUntil!.Value, changed.HealthCostCover));
        Assert.Equal((Today, ReceptionEndReason.LeftReception), (ended.EndedOn!.Value, ended.EndReason!.Value));
        Assert.Equal(coa.OrganisationId, await _factory.WithDbAsync(db => db.ReceptionRecords.Where(r => r.VictimId == victimId).Select(r => r.CoaOrganisationId).SingleAsync()));
        Assert.Single(file.ReceptionPeriods!);
        Assert.NotNull(page.QuerySelector("#timeline [data-kind='ReceptionStarted']"));
        Assert.NotNull(page.QuerySelector("#timeline [data-kind='ReceptionEnded']"));
    }

    [Fact]
    public async Task A_person_who_is_not_entitled_is_refused_with_a_message_and_one_allowance_runs_at_a_time()
    {
        var coa = await portal.CoaAsync();
        var (notEntitled, _) = await portal.RegisteredAsync();
        var entitled = await portal.InReflectionAsync(Today.AddDays(-5));

        var refused = await Record.ExceptionAsync(() => _factory.SendAsync(new RecordReception.Command { VictimId = notEntitled, From = Today }, coa));
        var tooEarly = await Record.ExceptionAsync(() => _factory.SendAsync(new RecordReception.Command { VictimId = entitled, From = Today.AddDays(-6) }, coa));
        await _factory.SendAsync(new RecordReception.Command { VictimId = entitled, From = Today }, coa);
        var twice = await Record.ExceptionAsync(() => _factory.SendAsync(new RecordReception.Command { VictimId = entitled, From = Today }, coa));
        var missing = await Record.ExceptionAsync(() => _factory.SendAsync(new RecordReception.Command { VictimId = entitled }, coa));

        Assert.Equal(ReceptionRecord.NotEntitled, Assert.IsType<DomainException>(refused).Message);
        Assert.Equal(ReceptionRecord.BeforeEntitlement, Assert.IsType<DomainException>(tooEarly).Message);
        Assert.Equal(RecordReception.AlreadyRunning, Assert.IsType<BusinessRuleException>(twice).Message);
        Assert.Contains(nameof(RecordReception.Command.From), Assert.IsType<RequestValidationException>(missing).Errors.Keys);
        Assert.Null(await _factory.SendAsync(new GetReception.Query(notEntitled), coa));
    }

    [Fact]
    public async Task A_Dutch_national_is_never_listed()
    {
        var coa = await portal.CoaAsync();
        var (dutch, dutchTrack) = await portal.RegisteredAsync("NL");
        await portal.ReportAsync(dutchTrack, Today.AddDays(-3));

        var list = await _factory.SendAsync(new ListEntitledVictims.Query(), coa);

        Assert.DoesNotContain(list.People.Items, p => p.VictimId == dutch);
        Assert.Null(await _factory.SendAsync(new GetReception.Query(dutch), coa));
    }

    [Fact]
    public async Task The_list_shows_only_the_allowed_fields_puts_ended_entitlements_first_and_logs_the_read()
    {
        var coa = await portal.CoaAsync();
        var entitled = await portal.InReflectionAsync(Today.AddDays(-5));
        var (withdrawn, track) = await portal.RegisteredAsync();
        await portal.OfferAcceptedAsync(track, Today.AddDays(-20));
        await _factory.SendAsync(new RecordReception.Command { VictimId = withdrawn, From = Today.AddDays(-20) }, coa);
        await portal.WithdrawnAsync(track, Today.AddDays(-10), Today);
        var (notEntitled, _) = await portal.RegisteredAsync();

        var list = await _factory.SendAsync(new ListEntitledVictims.Query(), coa);
        var person = Assert.Single(list.People.Items, p => p.VictimId == entitled);
        var ended = Assert.Single(list.People.Items, p => p.VictimId == withdrawn);

        Assert.Equal(
            ["DateOfBirth", "Entitlement", "EntitlementEnded", "Name", "NationalityCode", "Reception", "RegistrationNumber", "VictimId"],
            typeof(ReceptionView).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Basis", "EndReason", "EndedOn", "From", "IsEntitled", "Until"],
            typeof(Entitlement).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal((EntitlementBasis.ReflectionPeriod, Today.AddDays(-5)), (person.Entitlement.Basis!.Value, person.Entitlement.From!.Value));
        Assert.StartsWith("Persoon ", person.Name, StringComparison.Ordinal);
        Assert.Equal("NG", person.NationalityCode);
        Assert.True(ended.EntitlementEnded);
        Assert.Equal((EntitlementEndReason.PermitWithdrawn, Today), (ended.Entitlement.EndReason!.Value, ended.Entitlement.EndedOn!.Value));
        Assert.True(list.People.Items.TakeWhile(p => p.EntitlementEnded).Any(p => p.VictimId == withdrawn), "ended entitlements come first");
        Assert.DoesNotContain(list.People.Items, p => p.VictimId == notEntitled);
        Assert.True(await _factory.CountAuditEntriesAsync(nameof(PossibleVictim), entitled.ToString()) > 0);
    }

    [Fact]
    public async Task CoMensha_records_a_Nidos_guardian_and_only_a_Nidos_organisation()
    {
        var (victimId, _) = await portal.RegisteredAsync(born: Today.AddYears(-16));
        var nidos = await portal.NidosAsync();
        var version = await _factory.WithDbAsync(db => db.PossibleVictims.Where(v => v.Id == victimId).Select(v => v.Version).SingleAsync());

        var wrong = await Record.ExceptionAsync(() => _factory.SendAsync(new SetGuardian.Command { VictimId = victimId, Version = version, OrganisationId = portal.CareWorker.OrganisationId }, portal.Coordinator));
        var forbidden = await Record.ExceptionAsync(() => _factory.SendAsync(new SetGuardian.Command { VictimId = victimId, Version = version, OrganisationId = nidos.OrganisationId }, nidos));
        await _factory.SendAsync(new SetGuardian.Command { VictimId = victimId, Version = version, OrganisationId = nidos.OrganisationId }, portal.Coordinator);
        var file = (await _factory.SendAsync(new GetVictimFile.Query(victimId), portal.Coordinator))!;

        Assert.Contains(SetGuardian.ChooseNidos, Assert.IsType<RequestValidationException>(wrong).Errors.SelectMany(e => e.Value));
        Assert.IsType<ForbiddenAccessException>(forbidden);
        Assert.Equal(nidos.OrganisationId, file.Guardian!.Id);
        Assert.Contains(file.Timeline, e => e.Kind == TimelineEventKind.GuardianSet);
    }

    [Fact]
    public async Task The_guardian_form_on_the_victim_file_shows_a_message_when_nothing_is_chosen()
    {
        var (victimId, _) = await portal.RegisteredAsync(born: Today.AddYears(-15));
        var client = _factory.ClientFor(portal.Coordinator);

        var response = await client.SubmitAsync($"/CoMensha/Victim/{victimId}", "#guardian-form", [new("guardianId", "")]);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.ValidationMessages());
    }

    [Fact]
    public async Task The_reception_pages_list_the_person_show_field_messages_and_start_an_allowance()
    {
        var coa = await portal.CoaAsync();
        var victimId = await portal.InReflectionAsync(Today.AddDays(-3));
        var client = _factory.ClientFor(coa);

        var index = await client.GetDocumentAsync("/Coa/Index");
        var empty = await client.SubmitAsync($"/Coa/Reception/{victimId}", "#start-form", [new("Start.From", "")]);
        var emptyPage = await HtmlForms.ParseAsync(empty);
        var early = await client.SubmitAsync($"/Coa/Reception/{victimId}", "#start-form", [new("Start.From", Today.AddDays(-4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]);
        var earlyPage = await HtmlForms.ParseAsync(early);
        var started = await client.SubmitAsync($"/Coa/Reception/{victimId}", "#start-form",
            [new("Start.From", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("Start.HealthCostCover", "true")]);
        var after = await client.GetDocumentAsync($"/Coa/Reception/{victimId}");
        var notFound = await client.GetAsync(new Uri($"/Coa/Reception/{(await portal.RegisteredAsync()).VictimId}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.NotNull(index.QuerySelector($"#reception-table tr[data-victim='{victimId}']"));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.NotNull(emptyPage.QuerySelector("[data-valmsg-for='Start.From'].field-validation-error"));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.NotEmpty(earlyPage.ValidationMessages());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.NotNull(after.QuerySelector("#change-form"));
        Assert.NotNull(after.QuerySelector("#end-form"));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }

    [Fact]
    public async Task The_end_form_shows_field_messages_not_a_500()
    {
        var coa = await portal.CoaAsync();
        var victimId = await portal.InReflectionAsync(Today.AddDays(-3));
        await _factory.SendAsync(new RecordReception.Command { VictimId = victimId, From = Today.AddDays(-3) }, coa);
        var client = _factory.ClientFor(coa);

        var response = await client.SubmitAsync($"/Coa/Reception/{victimId}", "#end-form", [new("End.On", ""), new("End.Reason", "")]);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-valmsg-for='End.On'].field-validation-error"));
        Assert.NotNull(page.QuerySelector("[data-valmsg-for='End.Reason'].field-validation-error"));
    }

    [Fact]
    public async Task COA_sees_a_permit_under_intended_withdrawal_as_the_temporary_permit_it_still_is()
    {
        var (victimId, trackId) = await portal.RegisteredAsync();
        var coa = await portal.CoaAsync();
        await portal.ReportAsync(trackId, Today.AddDays(-20));
        await portal.ApplyAsync(trackId, Domain.Residence.ApplicationKind.TemporaryAfterCooperation, Today.AddDays(-20));
        await portal.DecideAsync(trackId, true, Today.AddDays(-19), Today.AddDays(-19), Today.AddYears(1));
        await portal.DismissAsync(trackId, Today.AddDays(-5));
        await _factory.SendAsync(new Application.Features.Residence.WithdrawPermit.Command
            { TrackId = trackId, Version = await portal.VersionOfAsync(trackId), Step = Application.Features.Residence.WithdrawPermit.Stage.IntendWithdrawal, On = Today }, portal.Ind);

        var seen = (await _factory.SendAsync(new GetReception.Query(victimId), coa))!;

        Assert.Equal(EntitlementBasis.TemporaryPermit, seen.Person.Entitlement.Basis);
    }
}
