using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NrmPortal.Application.Features.Deadlines;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Deadlines;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Residence;

/// <summary>
/// The deadline engine at its edges on a FakeTimeProvider: each test runs its own portal on its own clock, because a fake
/// clock only moves forward.
/// </summary>
public sealed class DeadlineTests
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TrackPortal Portal, ClockedPortalFactory Factory)> PortalAsync(DateTimeOffset now)
    {
        var portal = new TrackPortal(now);
        await portal.InitializeAsync();
        return (portal, portal.Factory);
    }

    private static Task<IReadOnlyList<DueItem>> DueForAsync(ClockedPortalFactory factory, TestUser user) =>
        factory.SendAsync(new ListDueItems.Query(), user).ContinueWith(t => t.Result.Items, TaskScheduler.Default);

    [Fact]
    public async Task A_reflection_period_appears_fourteen_days_before_its_last_day_for_the_holding_force_and_CoMensha_only()
    {
        var (portal, factory) = await PortalAsync(MondayMorning);
        await using var _ = portal;
        var (_, in14) = await portal.PoliceTrackAsync();
        var (_, in15) = await portal.PoliceTrackAsync();
        await portal.OfferAcceptedAsync(in14, new DateOnly(2026, 9, 7)); // last day 7 December: 14 days ahead
        await portal.OfferAcceptedAsync(in15, new DateOnly(2026, 9, 8)); // last day 8 December: 15 days ahead

        var police = await DueForAsync(factory, portal.Police);
        var coordinator = await DueForAsync(factory, portal.Coordinator);
        var otherForce = await DueForAsync(factory, portal.OtherPolice);
        var ind = await DueForAsync(factory, portal.Ind);

        var item = Assert.Single(police, i => i.TrackId == in14);
        Assert.Equal((DeadlineKind.ReflectionPeriodEnding, new DateOnly(2026, 12, 7)), (item.Kind, item.DueOn));
        Assert.DoesNotContain(police, i => i.TrackId == in15);
        Assert.Contains(coordinator, i => i.TrackId == in14);
        Assert.Empty(otherForce);
        Assert.DoesNotContain(ind, i => i.Kind == DeadlineKind.ReflectionPeriodEnding);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains(await DueForAsync(factory, portal.Police), i => i.TrackId == in15);

        factory.Clock.Advance(TimeSpan.FromDays(15 + DueItems.EndedReflectionShownDays)); // ended 8 Dec; gone after 22 Dec
        Assert.DoesNotContain(await DueForAsync(factory, portal.Police), i => i.TrackId == in15);
    }

    [Fact]
    public async Task A_period_from_30_November_ends_on_leap_day_and_is_due_from_15_February()
    {
        var (portal, factory) = await PortalAsync(new DateTimeOffset(2027, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var _ = portal;
        var (_, track) = await portal.PoliceTrackAsync();
        await portal.OfferAcceptedAsync(track, new DateOnly(2027, 11, 30));

        factory.Clock.Advance(new DateTimeOffset(2028, 2, 14, 9, 0, 0, TimeSpan.Zero) - factory.Clock.GetUtcNow());
        var dayBefore = await DueForAsync(factory, portal.Police);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var fromTheFifteenth = await DueForAsync(factory, portal.Police);
        factory.Clock.Advance(TimeSpan.FromDays(15)); // 1 March: the period has ended
        var afterwards = (await factory.SendAsync(new GetTrack.Query(track), portal.Police))!;

        Assert.Equal(new DateOnly(2028, 2, 29), (await portal.TrackAsync(track)).ReflectionEndsOn);
        Assert.DoesNotContain(dayBefore, i => i.TrackId == track);
        Assert.Contains(fromTheFifteenth, i => i.TrackId == track);
        Assert.Equal(ReflectionState.Ended, afterwards.ReflectionState);
        Assert.Contains(afterwards.Timeline, e => e.Kind == TrackEventKind.ReflectionEnded && e.On == new DateOnly(2028, 2, 29));
    }

    [Fact]
    public async Task The_IND_sees_a_permit_expiring_within_thirty_days_and_an_application_to_record_after_a_report()
    {
        var (portal, factory) = await PortalAsync(MondayMorning);
        await using var _ = portal;
        var today = DateOnly.FromDateTime(MondayMorning.UtcDateTime);
        var (_, in30) = await portal.PoliceTrackAsync();
        var (_, in31) = await portal.PoliceTrackAsync();
        var (_, reportedOnly) = await portal.PoliceTrackAsync();
        foreach (var (track, until) in new[] { (in30, today.AddDays(30)), (in31, today.AddDays(31)) })
        {
            await portal.ReportAsync(track, today.AddDays(-100));
            await portal.ApplyAsync(track, ApplicationKind.TemporaryAfterCooperation, today.AddDays(-99));
            await portal.DecideAsync(track, true, today.AddDays(-90), today.AddDays(-99), until);
        }
        await portal.ReportAsync(reportedOnly, today.AddDays(-1));

        var ind = await DueForAsync(factory, portal.Ind);

        Assert.Equal(today.AddDays(30), Assert.Single(ind, i => i.TrackId == in30 && i.Kind == DeadlineKind.PermitExpiring).DueOn);
        Assert.DoesNotContain(ind, i => i.TrackId == in31 && i.Kind == DeadlineKind.PermitExpiring);
        Assert.Contains(ind, i => i.TrackId == reportedOnly && i.Kind == DeadlineKind.ApplicationToRecord);
        Assert.DoesNotContain(await DueForAsync(factory, portal.Police), i => i.Kind == DeadlineKind.PermitExpiring);
    }

    [Fact]
    public async Task Continued_residence_is_due_after_exactly_35_Dutch_working_days()
    {
        var (portal, factory) = await PortalAsync(MondayMorning);
        await using var _ = portal;
        var today = DateOnly.FromDateTime(MondayMorning.UtcDateTime);
        var appliedOn = DeadlineRules.LatestStartDueBy(today, 35);
        var (_, track) = await portal.PoliceTrackAsync();
        await portal.ReportAsync(track, appliedOn.AddDays(-60));
        await portal.ApplyAsync(track, ApplicationKind.TemporaryAfterCooperation, appliedOn.AddDays(-59));
        await portal.DecideAsync(track, true, appliedOn.AddDays(-50), appliedOn.AddDays(-59), today.AddYears(1));
        await portal.ApplyAsync(track, ApplicationKind.NonTemporaryHumanitarian, appliedOn);

        var ind = await DueForAsync(factory, portal.Ind);

        Assert.Equal(new DateOnly(2026, 10, 5), appliedOn); // Mon 5 Oct + 35 working days (seven full weeks) = Mon 23 Nov
        Assert.Equal(today, Assert.Single(ind, i => i.TrackId == track && i.Kind == DeadlineKind.ContinuedResidenceDecisionOverdue).DueOn);
        Assert.Equal(today, DeadlineRules.ContinuedResidenceDecisionDue(appliedOn, new ResidenceRules()));
        Assert.NotEqual(today, DeadlineRules.ContinuedResidenceDecisionDue(appliedOn.AddDays(1), new ResidenceRules()));
    }

    [Fact]
    public async Task The_three_year_point_is_reached_on_the_day_three_years_after_the_first_permit()
    {
        var (portal, factory) = await PortalAsync(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
        await using var _ = portal;
        var (_, track) = await portal.PoliceTrackAsync();
        await portal.ReportAsync(track, new DateOnly(2023, 11, 20));
        await portal.ApplyAsync(track, ApplicationKind.TemporaryAfterCooperation, new DateOnly(2023, 11, 21));
        await portal.DecideAsync(track, true, new DateOnly(2023, 12, 1), new DateOnly(2023, 11, 23), new DateOnly(2027, 6, 1));

        var dayBefore = (await factory.SendAsync(new GetTrack.Query(track), portal.Ind))!;
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var onTheDay = (await factory.SendAsync(new GetTrack.Query(track), portal.Ind))!;

        Assert.DoesNotContain(NonTemporaryGround.CasePendingAfterThreeYears, dayBefore.Grounds);
        Assert.Contains(NonTemporaryGround.CasePendingAfterThreeYears, onTheDay.Grounds);
        Assert.Contains(onTheDay.Deadlines, d => d.Kind == DeadlineKind.ThreeYearPointReached && d.DueOn == new DateOnly(2026, 11, 23));
    }

    [Fact]
    public async Task A_signal_reported_on_Friday_is_due_for_triage_on_Tuesday()
    {
        var (portal, factory) = await PortalAsync(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero)); // Friday
        await using var _ = portal;
        var signal = await factory.SendAsync(SignalBuilder.Valid(), portal.CareWorker);

        factory.Clock.Advance(TimeSpan.FromDays(3)); // Monday
        var monday = await DueForAsync(factory, portal.Coordinator);
        factory.Clock.Advance(TimeSpan.FromDays(1)); // Tuesday
        var tuesday = await DueForAsync(factory, portal.Coordinator);

        Assert.DoesNotContain(monday, i => i.SignalId == signal.Id);
        Assert.Equal(new DateOnly(2026, 11, 24), Assert.Single(tuesday, i => i.SignalId == signal.Id).DueOn);
    }

    [Fact]
    public async Task The_daily_reminder_mails_each_responsible_organisation_once_with_references_and_no_names()
    {
        var (portal, factory) = await PortalAsync(MondayMorning);
        await using var _ = portal;
        var police = await portal.UserOfNewOrganisationAsync(Roles.Police, OrganisationType.Police, "mensenhandel@politie.example");
        var signal = await factory.SendAsync(SignalBuilder.Valid() with { Name = "Ana Unieknaam" }, police);
        var track = await factory.SendAsync(new StartTrack.Command(signal.Id), police);
        await factory.SendAsync(new OfferReflectionPeriod.Command
        {
            TrackId = track, Version = await portal.VersionOfAsync(track), OfferedOn = new DateOnly(2026, 9, 1), Unit = "Team", Officer = "Agent",
            Decision = ReflectionDecision.Accepted,
        }, police);

        var first = await SendRemindersAsync(factory);
        var second = await SendRemindersAsync(factory);
        var mails = Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).ToList();

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var mail = Assert.Single(mails);
        Assert.Equal("mensenhandel@politie.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains(signal.Reference, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Unieknaam", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ReminderDispatches.CountAsync()));
    }

    [Fact]
    public async Task Reminder_runs_at_the_same_moment_send_one_mail()
    {
        var (portal, factory) = await PortalAsync(MondayMorning);
        await using var _ = portal;
        var police = await portal.UserOfNewOrganisationAsync(Roles.Police, OrganisationType.Police, "zeden@politie.example");
        var signal = await factory.SendAsync(SignalBuilder.Valid(), police);
        var track = await factory.SendAsync(new StartTrack.Command(signal.Id), police);
        await factory.SendAsync(new OfferReflectionPeriod.Command
        {
            TrackId = track, Version = await portal.VersionOfAsync(track), OfferedOn = new DateOnly(2026, 9, 1), Unit = "Team", Officer = "Agent",
            Decision = ReflectionDecision.Accepted,
        }, police);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SendRemindersAsync(factory)));

        Assert.Equal(1, runs.Sum());
        Assert.Single(Directory.GetFiles(factory.MailFolder, "*.eml"));
    }

    private static async Task<int> SendRemindersAsync(ClockedPortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineReminders>()
            .SendAsync(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime), new Uri("https://portal.example/"), Ct);
    }

    [Theory]
    [InlineData("0", "29")]
    [InlineData("1", "0")]
    public async Task A_reflection_period_shorter_than_30_days_is_refused_at_start_up(string months, string days)
    {
        await using var factory = new PortalFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("Rules:ReflectionPeriodMonths", months);
            b.UseSetting("Rules:ReflectionPeriodDays", days);
        });

        var failure = Record.Exception(() => factory.CreateClient());

        Assert.Contains("30", Assert.IsType<InvalidOperationException>(failure).Message, StringComparison.Ordinal);
    }
}
