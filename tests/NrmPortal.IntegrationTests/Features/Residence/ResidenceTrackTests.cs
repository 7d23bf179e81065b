using System.Net;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Residence;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Residence;

/// <summary>The track's commands and queries through the whole pipeline: allowed roles, refused roles, other organisations.</summary>
public sealed class ResidenceTrackTests(TrackPortal portal) : IClassFixture<TrackPortal>
{
    private readonly ClockedPortalFactory _factory = portal.Factory;
    private static readonly DateOnly Today = TrackPortal.Today;

    [Fact]
    public async Task Police_start_one_track_per_signal_and_other_roles_and_forces_cannot()
    {
        var (signalId, trackId) = await portal.PoliceTrackAsync();

        var again = await _factory.SendAsync(new StartTrack.Command(signalId), portal.Police);
        var otherForce = await Record.ExceptionAsync(() => _factory.SendAsync(new StartTrack.Command(signalId), portal.OtherPolice));
        var ind = await Record.ExceptionAsync(() => _factory.SendAsync(new StartTrack.Command(signalId), portal.Ind));
        var careWorker = await Record.ExceptionAsync(() => _factory.SendAsync(new StartTrack.Command(signalId), portal.CareWorker));

        Assert.Equal(trackId, again);
        Assert.IsType<NotFoundException>(otherForce);
        Assert.IsType<ForbiddenAccessException>(ind);
        Assert.IsType<ForbiddenAccessException>(careWorker);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ResidenceTracks.CountAsync(t => t.SignalId == signalId)));
    }

    [Fact]
    public async Task An_accepted_offer_runs_three_months_and_a_report_ends_it_on_the_day()
    {
        var (_, trackId) = await portal.PoliceTrackAsync();

        await portal.OfferAcceptedAsync(trackId, new DateOnly(2026, 11, 20));
        var running = await portal.TrackAsync(trackId);
        await portal.ReportAsync(trackId, Today);
        var reported = await portal.TrackAsync(trackId);

        Assert.Equal(new DateOnly(2027, 2, 20), running.ReflectionEndsOn);
        Assert.Equal(ReflectionState.Running, running.ReflectionState);
        Assert.Equal(ReflectionState.Ended, reported.ReflectionState);
        Assert.Equal(ReflectionEndReason.ReportMade, Assert.Single(reported.ReflectionPeriods).EarlyEndReason);
        Assert.Equal(CaseState.UnderInvestigation, reported.CaseState);
    }

    [Fact]
    public async Task A_Dutch_national_gets_the_explanation_instead_of_a_reflection_period()
    {
        var (_, trackId) = await portal.PoliceTrackAsync(nationality: "NL");

        var refused = await Record.ExceptionAsync(() => portal.OfferAcceptedAsync(trackId, Today));
        var page = await _factory.ClientFor(portal.Police).GetDocumentAsync($"/Tracks/Details/{trackId}");

        Assert.Equal(ResidenceRules.DutchNationalNotEligible, Assert.IsType<DomainException>(refused).Message);
        Assert.NotNull(page.QuerySelector("#reflection-not-applicable"));
        Assert.Null(page.QuerySelector("#offer-form"));
    }

    [Fact]
    public async Task Police_record_and_the_IND_decides_each_in_its_own_part_of_the_track()
    {
        var (_, trackId) = await portal.PoliceTrackAsync();
        await portal.ReportAsync(trackId, Today.AddDays(-10));

        var policeApplying = await Record.ExceptionAsync(() => _factory.SendAsync(new ApplyForResidence.Command
            { TrackId = trackId, Version = Guid.Empty, Kind = ApplicationKind.TemporaryAfterCooperation, On = Today }, portal.Police));
        var indReporting = await Record.ExceptionAsync(() => _factory.SendAsync(new RecordCooperation.Command
            { TrackId = trackId, Version = Guid.Empty, Kind = CooperationKind.Report, On = Today, Unit = "x" }, portal.Ind));
        await portal.ApplyAsync(trackId, ApplicationKind.TemporaryAfterCooperation, Today.AddDays(-9));
        await portal.DecideAsync(trackId, granted: true, Today.AddDays(-2), from: Today.AddDays(-9), until: Today.AddDays(-9).AddYears(1));
        var track = await portal.TrackAsync(trackId);

        Assert.IsType<ForbiddenAccessException>(policeApplying);
        Assert.IsType<ForbiddenAccessException>(indReporting);
        Assert.Equal(ResidenceState.TemporaryPermit, track.ResidenceState);
        Assert.Equal(ResidenceRegulation.B8Section3, Assert.Single(track.Applications).Regulation);
        Assert.Equal(Today.AddDays(-9).AddYears(3), track.ThreeYearPointOn);
    }

    [Fact]
    public async Task Each_role_sees_only_its_part_and_another_police_force_sees_nothing()
    {
        var (_, trackId) = await portal.PoliceTrackAsync();
        await portal.OfferAcceptedAsync(trackId, Today.AddDays(-20));
        await portal.ReportAsync(trackId, Today.AddDays(-10));
        await portal.ApplyAsync(trackId, ApplicationKind.TemporaryAfterCooperation, Today.AddDays(-9));

        var police = (await _factory.SendAsync(new GetTrack.Query(trackId), portal.Police))!;
        var ind = (await _factory.SendAsync(new GetTrack.Query(trackId), portal.Ind))!;
        var coordinator = await _factory.SendAsync(new GetTrack.Query(trackId), portal.Coordinator);
        var otherForce = await _factory.SendAsync(new GetTrack.Query(trackId), portal.OtherPolice);
        var careWorker = await Record.ExceptionAsync(() => _factory.SendAsync(new GetTrack.Query(trackId), portal.CareWorker));
        var otherForcePage = await _factory.ClientFor(portal.OtherPolice).GetAsync(new Uri($"/Tracks/Details/{trackId}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("Brigadier De Vries", Assert.Single(police.ReflectionPeriods).Officer);
        Assert.Equal("PL1700-2026-123", police.Case!.CaseNumber);
        Assert.Empty(police.Applications);
        Assert.Null(police.ResidenceState);
        Assert.Equal(ResidenceState.TemporaryApplied, ind.ResidenceState);
        Assert.Null(Assert.Single((await _factory.SendAsync(new ListTracks.Query(police.Subject.Reference), portal.Police)).Items).ResidenceState);
        Assert.DoesNotContain(police.Timeline, e => e.Area == TrackArea.Residence);
        Assert.Null(Assert.Single(ind.ReflectionPeriods).Officer);
        Assert.Null(ind.Case!.CaseNumber);
        Assert.Null(ind.Case.Unit);
        Assert.Equal(Today.AddDays(-10), ind.Case.CooperationOn);
        Assert.Single(ind.Applications);
        Assert.Contains(TrackStep.DecideTemporaryPermit, ind.AllowedSteps);
        Assert.DoesNotContain(TrackStep.OfferReflection, ind.AllowedSteps);
        Assert.NotNull(coordinator);
        Assert.Empty(coordinator.AllowedSteps);
        Assert.Null(otherForce);
        Assert.IsType<ForbiddenAccessException>(careWorker);
        Assert.Equal(HttpStatusCode.NotFound, otherForcePage.StatusCode);
    }

    [Fact]
    public async Task Another_force_cannot_change_a_track_it_does_not_hold()
    {
        var (_, trackId) = await portal.PoliceTrackAsync();

        var attempt = await Record.ExceptionAsync(async () => await _factory.SendAsync(new RecordCooperation.Command
            { TrackId = trackId, Version = await portal.VersionOfAsync(trackId), Kind = CooperationKind.Report, On = Today, Unit = "x" }, portal.OtherPolice));

        Assert.IsType<NotFoundException>(attempt);
        Assert.Equal(CaseState.NoReport, (await portal.TrackAsync(trackId)).CaseState);
    }

    [Fact]
    public async Task Reads_are_logged_and_every_step_leaves_an_audit_entry_without_values()
    {
        var (_, trackId) = await portal.PoliceTrackAsync();
        await portal.OfferAcceptedAsync(trackId, Today);
        await _factory.SendAsync(new GetTrack.Query(trackId), portal.Ind);

        var entries = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == trackId.ToString()).ToListAsync());

        Assert.Contains(entries, e => e.Action == AuditAction.Read && e.UserId == portal.Ind.UserId);
        Assert.Contains(entries, e => e.Action == AuditAction.Create && e.EntityType == nameof(ResidenceTrack));
        Assert.Contains(entries, e => e.EntityType == "ResidenceTrack.ReflectionPeriod");
        Assert.DoesNotContain(entries, e => (e.ChangedFields ?? "").Contains("De Vries", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Withdrawal_is_held_back_while_continued_residence_is_undecided_then_goes_ahead()
    {
        var (_, trackId) = await portal.PoliceTrackAsync();
        await portal.ReportAsync(trackId, Today.AddDays(-60));
        await portal.ApplyAsync(trackId, ApplicationKind.TemporaryAfterCooperation, Today.AddDays(-59));
        await portal.DecideAsync(trackId, true, Today.AddDays(-50), Today.AddDays(-59), Today.AddDays(300));
        await portal.DismissAsync(trackId, Today.AddDays(-20));
        await portal.ApplyAsync(trackId, ApplicationKind.NonTemporaryHumanitarian, Today.AddDays(-10));

        var held = await Record.ExceptionAsync(async () => await _factory.SendAsync(new WithdrawPermit.Command
            { TrackId = trackId, Version = await portal.VersionOfAsync(trackId), Step = WithdrawPermit.Stage.IntendWithdrawal, On = Today }, portal.Ind));
        await portal.DecideAsync(trackId, false, Today);
        await _factory.SendAsync(new WithdrawPermit.Command
            { TrackId = trackId, Version = await portal.VersionOfAsync(trackId), Step = WithdrawPermit.Stage.IntendWithdrawal, On = Today }, portal.Ind);
        await _factory.SendAsync(new WithdrawPermit.Command
            { TrackId = trackId, Version = await portal.VersionOfAsync(trackId), Step = WithdrawPermit.Stage.Withdraw, On = Today }, portal.Ind);

        Assert.Equal(StepNotAllowedException.WithdrawalHeldBack, Assert.IsType<StepNotAllowedException>(held).Message);
        Assert.Equal(ResidenceState.Withdrawn, (await portal.TrackAsync(trackId)).ResidenceState);
    }

    [Fact]
    public async Task A_refused_step_on_the_page_names_the_possible_steps_and_keeps_what_was_typed()
    {
        var (_, trackId) = await portal.PoliceTrackAsync();
        await portal.OfferAcceptedAsync(trackId, Today.AddDays(-5));
        var client = _factory.ClientFor(portal.Police);
        var page = await client.GetDocumentAsync($"/Tracks/Details/{trackId}");
        await portal.ReportAsync(trackId, Today); // someone else records the report meanwhile: the page is stale

        var response = await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#end-early-form")!,
            [new("EndEarly.EndedOn", "2026-11-22"), new("EndEarly.Reason", nameof(ReflectionEndReason.Departed))]);
        var result = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(result.ValidationMessages());
        Assert.Equal(CaseState.UnderInvestigation, (await portal.TrackAsync(trackId)).CaseState);
    }

    [Fact]
    public async Task Missing_fields_get_field_messages_not_a_500_and_the_typed_values_stay()
    {
        var (_, trackId) = await portal.PoliceTrackAsync();
        var client = _factory.ClientFor(portal.Police);

        var response = await client.SubmitAsync($"/Tracks/Details/{trackId}", "#offer-form",
            [new("Offer.Unit", "Team Noord"), new("Offer.Officer", ""), new("Offer.InDetention", "true")]);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Team Noord", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Offer_Unit")!).Value);
        Assert.Contains(page.ValidationMessages(), m => m.Contains("OM", StringComparison.Ordinal));
        Assert.Empty((await portal.TrackAsync(trackId)).ReflectionPeriods);
    }

    [Fact]
    public async Task The_track_follows_the_signal_to_the_registered_person_and_shows_on_CoMenshas_file()
    {
        var (signalId, trackId) = await portal.PoliceTrackAsync();
        await portal.OfferAcceptedAsync(trackId, Today);
        var version = await _factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signalId).Select(s => s.Version).SingleAsync());

        var victimId = (await _factory.SendAsync(new TriageSignal.Command { SignalId = signalId, Version = version, Decision = TriageSignal.Outcome.RegisterNewVictim }, portal.Coordinator))!.Value;
        var file = (await _factory.SendAsync(new GetVictimFile.Query(victimId), portal.Coordinator))!;
        var page = await _factory.ClientFor(portal.Coordinator).GetDocumentAsync($"/CoMensha/Victim/{victimId}");

        Assert.Equal(victimId, (await portal.TrackAsync(trackId)).VictimId);
        Assert.Equal(trackId, file.Track!.Id);
        Assert.Contains(file.Track.Events, e => e.Kind == TrackEventKind.ReflectionStarted);
        Assert.NotNull(page.QuerySelector($"#timeline [data-kind='{nameof(TrackEventKind.ReflectionStarted)}']"));
        Assert.Equal(trackId, await _factory.SendAsync(new StartTrack.Command(signalId), portal.Police));
    }

    [Fact]
    public async Task A_signal_page_offers_police_the_way_into_the_track()
    {
        var signal = await _factory.SendAsync(Builders.SignalBuilder.Valid(), portal.Police);
        var client = _factory.ClientFor(portal.Police);

        var response = await client.SubmitAsync($"/Signals/Details/{signal.Id}", "#start-track-form", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Tracks/Details/", response.LocationPath(), StringComparison.Ordinal);
        Assert.Null((await _factory.ClientFor(portal.CareWorker).GetDocumentAsync("/Signals/Index")).QuerySelector("#start-track-form"));
    }

    [Fact]
    public async Task A_force_that_reported_the_same_person_may_read_but_not_change_the_holding_forces_case()
    {
        var (signalA, trackId) = await portal.PoliceTrackAsync();
        await portal.ReportAsync(trackId, Today.AddDays(-3));
        async Task<Guid?> TriageAsync(Guid signalId, TriageSignal.Outcome outcome, Guid? victimId = null) => await _factory.SendAsync(new TriageSignal.Command
        {
            SignalId = signalId, Decision = outcome, VictimId = victimId,
            Version = await _factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signalId).Select(s => s.Version).SingleAsync()),
        }, portal.Coordinator);
        var victimId = (await TriageAsync(signalA, TriageSignal.Outcome.RegisterNewVictim))!.Value;
        var signalB = await _factory.SendAsync(Builders.SignalBuilder.Valid() with { NationalityCode = "NG" }, portal.OtherPolice);
        await TriageAsync(signalB.Id, TriageSignal.Outcome.LinkToVictim, victimId);

        var opened = await _factory.SendAsync(new StartTrack.Command(signalB.Id), portal.OtherPolice);
        var seen = (await _factory.SendAsync(new GetTrack.Query(opened), portal.OtherPolice))!;
        var change = await Record.ExceptionAsync(async () => await _factory.SendAsync(new RecordProsecutionDecision.Command
            { TrackId = trackId, Version = await portal.VersionOfAsync(trackId), Kind = ProsecutionDecisionKind.Dismissal, On = Today }, portal.OtherPolice));

        Assert.Equal(trackId, opened);
        Assert.Null(seen.Case!.CaseNumber);
        Assert.Null(seen.Case.Unit);
        Assert.Empty(seen.AllowedSteps);
        Assert.IsType<NotFoundException>(change);
        Assert.Equal(CaseState.UnderInvestigation, (await portal.TrackAsync(trackId)).CaseState);
    }

    [Fact]
    public async Task A_date_in_year_9999_gets_a_message_not_a_500()
    {
        var (_, trackId) = await portal.PoliceTrackAsync();
        await portal.ReportAsync(trackId, Today.AddDays(-3));
        await portal.ApplyAsync(trackId, ApplicationKind.TemporaryAfterCooperation, Today.AddDays(-2));
        var client = _factory.ClientFor(portal.Ind);

        var response = await client.SubmitAsync($"/Tracks/Details/{trackId}", "#decision-form",
            [new("Decision.Granted", "true"), new("Decision.On", "2026-11-23"), new("Decision.ValidFrom", "9999-12-31"), new("Decision.ValidUntil", "9999-12-31")]);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.ValidationMessages());
        Assert.Equal(ResidenceState.TemporaryApplied, (await portal.TrackAsync(trackId)).ResidenceState);
    }

    [Fact]
    public async Task The_list_shows_a_period_past_its_last_day_as_ended()
    {
        var (signalId, trackId) = await portal.PoliceTrackAsync();
        await portal.OfferAcceptedAsync(trackId, Today.AddMonths(-4));
        var reference = await _factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signalId).Select(s => s.Reference).SingleAsync());

        var item = Assert.Single((await _factory.SendAsync(new ListTracks.Query(reference), portal.Police)).Items);

        Assert.Equal(ReflectionState.Ended, item.ReflectionState);
    }
}
