using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;
using NrmPortal.Infrastructure.Retention;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Privacy;

/// <summary>
/// The retention command on a fake clock: the edges of each period, the legal hold, what anonymisation erases (read from the
/// raw rows) and what it keeps, and that a second run changes nothing. Each test moves the shared clock forward only and
/// looks at its own records.
/// </summary>
public sealed class RetentionTests(RetentionPortal portal) : IClassFixture<RetentionPortal>
{
    private readonly ClockedPortalFactory _factory = portal.Factory;

    [Fact]
    public async Task A_closed_victim_file_is_kept_until_its_period_ends_and_anonymised_the_day_after()
    {
        var person = await portal.RegisteredPersonAsync();
        await portal.CloseAsync(person.VictimId);
        var rules = new RetentionRules();

        _factory.Clock.Advance(portal.Now.AddMonths(rules.ClosedVictimFileMonths).AddDays(-1) - portal.Now);
        await portal.RunRetentionAsync();
        var dayBefore = await portal.VictimAsync(person.VictimId);

        _factory.Clock.Advance(TimeSpan.FromDays(2));
        await portal.RunRetentionAsync();
        var dayAfter = await portal.VictimAsync(person.VictimId);

        Assert.Null(dayBefore.AnonymisedAtUtc);
        Assert.Equal(person.RegistrationNumber, dayBefore.RegistrationNumber);
        Assert.NotNull(dayAfter.AnonymisedAtUtc);
        Assert.StartsWith(AnonymousReference.Prefix, dayAfter.RegistrationNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signal_closed_without_registration_is_kept_a_year_and_anonymised_after()
    {
        var (signalId, secrets) = await portal.ClosedSignalAsync();

        _factory.Clock.Advance(portal.Now.AddMonths(12).AddDays(-1) - portal.Now);
        await portal.RunRetentionAsync();
        var dayBefore = await _factory.WithDbAsync(db => db.Signals.AsNoTracking().SingleAsync(s => s.Id == signalId));

        _factory.Clock.Advance(TimeSpan.FromDays(2));
        await portal.RunRetentionAsync();
        var dayAfter = await _factory.WithDbAsync(db => db.Signals.AsNoTracking().SingleAsync(s => s.Id == signalId));

        Assert.Null(dayBefore.AnonymisedAtUtc);
        Assert.NotNull(dayBefore.Person.Name);
        Assert.NotNull(dayAfter.AnonymisedAtUtc);
        Assert.Null(dayAfter.Person.Name);
        Assert.Null(dayAfter.Account);
        Assert.Null(dayAfter.TriageNote);
        Assert.Equal(SignalStatus.NotTrafficking, dayAfter.Status);
        Assert.Empty(await portal.CellsContainingAsync(secrets));
    }

    [Fact]
    public async Task An_open_file_and_a_registered_signal_are_never_anonymised_by_the_job()
    {
        var person = await portal.RegisteredPersonAsync();

        _factory.Clock.Advance(TimeSpan.FromDays(365 * 21));
        await portal.RunRetentionAsync();

        Assert.Null((await portal.VictimAsync(person.VictimId)).AnonymisedAtUtc);
        Assert.Null(await _factory.WithDbAsync(db => db.Signals.Where(s => s.Id == person.SignalId).Select(s => s.AnonymisedAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task A_legal_hold_stops_the_job_until_it_is_lifted()
    {
        var person = await portal.RegisteredPersonAsync();
        await portal.CloseAsync(person.VictimId);
        await portal.PlaceHoldAsync(person.VictimId);

        _factory.Clock.Advance(TimeSpan.FromDays(365 * 6));
        await portal.RunRetentionAsync();
        var held = await portal.VictimAsync(person.VictimId);

        await portal.PlaceHoldAsync(person.VictimId, place: false);
        await portal.RunRetentionAsync();
        var lifted = await portal.VictimAsync(person.VictimId);

        Assert.True(held.LegalHold.IsOn);
        Assert.Equal(portal.Officer.UserId, held.LegalHold.PlacedBy);
        Assert.Equal("Strafzaak loopt nog", held.LegalHold.Reason);
        Assert.Null(held.AnonymisedAtUtc);
        Assert.NotEmpty(held.Names);
        Assert.False(lifted.LegalHold.IsOn);
        Assert.Equal("Strafzaak afgerond", lifted.LegalHold.LiftReason);
        Assert.NotNull(lifted.AnonymisedAtUtc);
        var audited = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == person.VictimId.ToString() && a.Action == AuditAction.Update
            && a.ChangedFields!.Contains("LegalHold.IsOn")).CountAsync());
        Assert.Equal(2, audited);
    }

    [Fact]
    public async Task A_legal_hold_on_one_signal_of_the_person_also_stops_the_job()
    {
        var person = await portal.RegisteredPersonAsync();
        await portal.CloseAsync(person.VictimId);
        await _factory.SendAsync(new SetLegalHold.Command
        {
            Id = person.SignalId, Version = await portal.SignalVersionAsync(person.SignalId), Place = true, Reason = "Klacht bij de AP",
        }, portal.Officer);

        _factory.Clock.Advance(TimeSpan.FromDays(365 * 6));
        await portal.RunRetentionAsync();

        Assert.Null((await portal.VictimAsync(person.VictimId)).AnonymisedAtUtc);
    }

    [Fact]
    public async Task Anonymisation_erases_every_identifying_text_from_the_raw_rows_and_keeps_the_facts_for_the_statistics()
    {
        var person = await portal.RegisteredPersonAsync();
        var before = await portal.VictimAsync(person.VictimId);
        var signalBefore = await _factory.WithDbAsync(db => db.Signals.AsNoTracking().SingleAsync(s => s.Id == person.SignalId));
        await portal.CloseAsync(person.VictimId);
        Assert.NotEmpty(await portal.CellsContainingAsync(person.Secrets));

        _factory.Clock.Advance(TimeSpan.FromDays(365 * 5 + 10));
        await portal.RunRetentionAsync();

        Assert.Empty(await portal.CellsContainingAsync([.. person.Secrets, person.RegistrationNumber, person.SignalReference]));
        var after = await portal.VictimAsync(person.VictimId);
        var signal = await _factory.WithDbAsync(db => db.Signals.AsNoTracking().SingleAsync(s => s.Id == person.SignalId));
        var referral = await _factory.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == person.ReferralId));

        Assert.Empty(after.Names);
        Assert.Null(after.DateOfBirth);
        Assert.Null(after.Languages);
        Assert.All(after.Timeline.Where(t => t.Kind != TimelineEventKind.Closed), t => Assert.Null(t.Reference));
        Assert.Equal(before.RegisteredAtUtc, after.RegisteredAtUtc);
        Assert.Equal(before.Sex, after.Sex);
        Assert.Equal(before.AgeAtRegistration, after.AgeAtRegistration);
        Assert.Equal(before.IsMinor, after.IsMinor);
        Assert.Equal(before.NationalityCode, after.NationalityCode);
        Assert.Equal(before.NationalityGroup, after.NationalityGroup);
        Assert.Equal(before.ExploitationForms, after.ExploitationForms);
        Assert.Equal(OrganisationType.CareProvider, after.FirstReporterType);
        Assert.Equal(before.Region, after.Region);
        Assert.Equal(VictimFileStatus.Closed, after.Status);
        Assert.Equal(CloseReason.Returned, after.CloseReason);

        Assert.Null(signal.Account);
        Assert.Null(signal.Person.Name);
        Assert.Null(signal.Person.Alias);
        Assert.Null(signal.Person.Whereabouts);
        Assert.Equal(signalBefore.ReportedAtUtc, signal.ReportedAtUtc);
        Assert.Equal(signalBefore.ReporterOrganisationType, signal.ReporterOrganisationType);
        Assert.Equal(signalBefore.Person.Sex, signal.Person.Sex);
        Assert.Equal(signalBefore.Person.NationalityCode, signal.Person.NationalityCode);
        Assert.Equal(signalBefore.AgeAtReport, signal.AgeAtReport);
        Assert.Equal(signalBefore.Indicators.Select(i => i.Code).Order(), signal.Indicators.Select(i => i.Code).Order());
        Assert.Null(referral.HandoverNote);
        Assert.Equal(signalBefore.ExploitationForms, signal.ExploitationForms);

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == person.VictimId.ToString() && a.Action == AuditAction.Delete && a.EntityType == "PossibleVictim").ToListAsync());
        var row = Assert.Single(audit);
        Assert.StartsWith("Anonymised (Retention): RegistrationNumber,Names,DateOfBirth", row.ChangedFields, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_again_changes_nothing()
    {
        var person = await portal.RegisteredPersonAsync();
        await portal.CloseAsync(person.VictimId);
        _factory.Clock.Advance(TimeSpan.FromDays(365 * 5 + 10));
        await portal.RunRetentionAsync();
        var first = await portal.VictimAsync(person.VictimId);
        var auditRows = await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == person.VictimId.ToString()));

        _factory.Clock.Advance(TimeSpan.FromDays(1));
        var second = await portal.RunRetentionAsync();
        var again = await portal.VictimAsync(person.VictimId);

        Assert.Equal(first.AnonymisedAtUtc, again.AnonymisedAtUtc);
        Assert.Equal(first.Version, again.Version);
        Assert.Equal(first.RegistrationNumber, again.RegistrationNumber);
        Assert.Equal(auditRows, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == person.VictimId.ToString())));
        Assert.False(second.More);
    }

    [Fact]
    public async Task The_daily_job_runs_batches_until_nothing_expired_is_left()
    {
        var people = new List<RetentionPortal.Person>();
        for (var i = 0; i < 3; i++) people.Add(await portal.RegisteredPersonAsync());
        foreach (var person in people) await portal.CloseAsync(person.VictimId);
        _factory.Clock.Advance(TimeSpan.FromDays(365 * 5 + 10));
        var job = _factory.Services.GetServices<IHostedService>().OfType<RetentionJob>().Single();

        var (files, _) = await job.RunOnceAsync(TestContext.Current.CancellationToken);
        var again = await job.RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.True(files >= 3);
        Assert.Equal((0, 0), again);
        foreach (var person in people) Assert.NotNull((await portal.VictimAsync(person.VictimId)).AnonymisedAtUtc);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityId == people[0].VictimId.ToString()
            && a.Action == AuditAction.Delete && a.EntityType == "PossibleVictim"));
        Assert.Null(audit.UserId); // the job acts without a user
    }

    [Fact]
    public void The_retention_settings_refuse_periods_out_of_range()
    {
        Assert.Empty(new RetentionRules().Problems());
        Assert.NotEmpty(new RetentionRules { ClosedVictimFileMonths = 6 }.Problems());
        Assert.NotEmpty(new RetentionRules { SignalWithoutRegistrationMonths = 0 }.Problems());
        Assert.NotEmpty(new RetentionRules { BatchSize = 0 }.Problems());
    }
}
