using System.Net;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Privacy;

/// <summary>
/// The NEN 7513 access log: every field of an entry, refused attempts, the per-victim and per-employee views, the CSV export,
/// and that reading the log is itself logged (security requirements L3, L5; NEN 7513 ch. 6 and 9).
/// </summary>
public sealed class AccessLogTests(PrivacyPortal portal) : IClassFixture<PrivacyPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private ClockedPortalFactory Factory => portal.Factory;

    [Fact]
    public async Task A_read_from_a_page_logs_user_role_organisation_purpose_client_address_correlation_id_and_the_victim()
    {
        var person = await portal.PersonWithTrackAsync();

        var response = await Factory.ClientFor(portal.Police).GetAsync($"/Tracks/Details/{person.TrackId}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var correlationId = response.Headers.GetValues("X-Correlation-ID").Single();
        var entry = await Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == nameof(ResidenceTrack) && a.EntityId == person.TrackId.ToString() && a.Action == AuditAction.Read, Ct));
        Assert.Equal(portal.Police.UserId, entry.UserId);
        Assert.Equal(Roles.Police, entry.Role);
        Assert.Equal(portal.Police.OrganisationId, entry.OrganisationId);
        Assert.Equal(AuditOutcome.Success, entry.Outcome);
        Assert.Equal(AuditPurpose.Investigation, entry.Purpose);
        Assert.Equal(person.VictimId, entry.SubjectId);
        Assert.Equal(correlationId, entry.CorrelationId);
        Assert.Equal(ClientAddressStartupFilter.Address.ToString(), entry.ClientAddress);
        Assert.False(entry.BreakGlass);
        Assert.Null(entry.OnBehalfOfUserId);
        Assert.True(entry.Sequence > 0);
        Assert.Equal(AuditEntry.HashLength, entry.Hash.Length);
        // A written row with a VictimId names the victim too (set by the save interceptor).
        var created = await Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == nameof(ResidenceTrack) && a.EntityId == person.TrackId.ToString() && a.Action == AuditAction.Create, Ct));
        Assert.Equal(person.VictimId, created.SubjectId);
        Assert.Equal(AuditPurpose.Investigation, created.Purpose);
    }

    [Fact]
    public async Task Opening_a_track_outside_the_relation_is_not_found_and_logged_as_denied()
    {
        var person = await portal.PersonWithTrackAsync();

        var response = await Factory.ClientFor(portal.OtherPolice).GetAsync($"/Tracks/Details/{person.TrackId}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var entry = await Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityId == person.TrackId.ToString() && a.UserId == portal.OtherPolice.UserId, Ct));
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Equal(AuditAction.Read, entry.Action);
    }

    [Fact]
    public async Task The_victim_log_holds_the_reads_of_the_persons_signal_track_and_referral_and_reading_it_is_logged()
    {
        var person = await portal.PersonWithTrackAsync();
        await Factory.SendAsync(new GetSignal.Query(person.SignalId), portal.Police);
        await Factory.SendAsync(new GetTrack.Query(person.TrackId), portal.Coordinator);
        var referralId = await Factory.SendAsync(new CreateReferral.Command
        {
            VictimId = person.VictimId, ToOrganisationId = portal.CareWorker.OrganisationId, Need = ReferralNeed.PsychologicalHelp,
            ConsentRecordedOn = new DateOnly(2026, 11, 22), Consented = true, HandoverNote = "Spreekt Engels.",
        }, portal.Coordinator);
        await Factory.SendAsync(new GetReferral.Query(referralId), portal.CareWorker);

        var log = await Factory.SendAsync(new GetVictimLog.Query(person.RegistrationNumber), PrivacyPortal.Officer);

        Assert.NotNull(log);
        var rows = log.Rows.Items;
        Assert.Contains(rows, r => r is { Action: AuditAction.Read, EntityType: nameof(Signal) } && r.EntityId == person.SignalId.ToString());
        Assert.Contains(rows, r => r is { Action: AuditAction.Read, EntityType: nameof(ResidenceTrack), Role: Roles.CoMenshaCoordinator }
            && r.EntityId == person.TrackId.ToString() && r.Purpose == AuditPurpose.Coordination);
        Assert.Contains(rows, r => r is { Action: AuditAction.Read, EntityType: nameof(Referral), Role: Roles.CareWorker } && r.EntityId == referralId.ToString());
        Assert.Contains(rows, r => r is { Action: AuditAction.Create, EntityType: nameof(PossibleVictim) });
        Assert.Equal(rows.OrderByDescending(r => r.OccurredAtUtc).ThenByDescending(r => r.Sequence).Select(r => r.Sequence), rows.Select(r => r.Sequence));
        // Found by the signal reference too, with the same entries.
        var bySignal = await Factory.SendAsync(new GetVictimLog.Query(person.SignalReference.ToLowerInvariant()), PrivacyPortal.Officer);
        Assert.Equal(log.Rows.TotalCount + 1, bySignal!.Rows.TotalCount); // plus the officer's first read of the log

        var reading = await Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditLogView.EntityType && a.UserId == PrivacyPortal.Officer.UserId && a.SubjectId == person.VictimId).ToListAsync(Ct));
        Assert.Equal(2, reading.Count);
        Assert.All(reading, a => Assert.Equal(AuditPurpose.Privacy, a.Purpose));
    }

    [Fact]
    public async Task The_victim_log_is_filtered_by_period_and_paged_by_fifty()
    {
        var person = await portal.PersonWithTrackAsync();
        for (var i = 0; i < 60; i++) await Factory.SendAsync(new GetTrack.Query(person.TrackId), portal.Police);

        // Page 2 first: reading the log is logged about the victim too, so it puts a new entry on top of page 1.
        var second = await Factory.SendAsync(new GetVictimLog.Query(person.RegistrationNumber, Page: 2), PrivacyPortal.Officer);
        var first = await Factory.SendAsync(new GetVictimLog.Query(person.RegistrationNumber, Page: 1), PrivacyPortal.Officer);
        var tomorrow = await Factory.SendAsync(new GetVictimLog.Query(person.RegistrationNumber, From: new DateOnly(2026, 11, 24)), PrivacyPortal.Officer);
        var today = await Factory.SendAsync(new GetVictimLog.Query(person.RegistrationNumber, From: new DateOnly(2026, 11, 23), To: new DateOnly(2026, 11, 23)),
            PrivacyPortal.Officer);

        Assert.Equal(AuditLogView.PageSize, first!.Rows.Items.Count);
        Assert.True(second!.Rows.Items.Count > 0);
        Assert.Empty(first.Rows.Items.Select(r => r.Sequence).Intersect(second.Rows.Items.Select(r => r.Sequence)));
        Assert.Equal(0, tomorrow!.Rows.TotalCount);
        Assert.True(today!.Rows.TotalCount > 120);
    }

    [Fact]
    public async Task The_employee_log_finds_a_user_by_e_mail_and_shows_their_name()
    {
        var email = $"agent-{Guid.NewGuid():N}@politie.example";
        var userId = await Factory.SendAsync(new Application.Features.Users.CreateUser.Command
        {
            Email = email, DisplayName = "Agent Jansen", OrganisationId = portal.Police.OrganisationId, Role = Roles.Police,
            InitialPassword = "een-tijdelijk-wachtwoord-0001",
        }, PrivacyPortal.Admin);
        var agent = new TestUser(userId, Roles.Police, portal.Police.OrganisationId);
        var person = await portal.PersonWithTrackAsync();
        await Factory.SendAsync(new GetTrack.Query(person.TrackId), agent);

        var log = await Factory.SendAsync(new GetEmployeeLog.Query(email.ToUpperInvariant()), PrivacyPortal.Officer);

        Assert.NotNull(log);
        var row = Assert.Single(log.Rows.Items, r => r.EntityType == nameof(ResidenceTrack));
        Assert.Equal("Agent Jansen", row.UserName);
        Assert.Equal(email, row.UserEmail);
        Assert.All(log.Rows.Items, r => Assert.Equal(Roles.Police, r.Role));
        Assert.Null(await Factory.SendAsync(new GetEmployeeLog.Query("nobody@nowhere.example"), PrivacyPortal.Officer));
        var page = await Factory.ClientFor(PrivacyPortal.Officer).GetDocumentAsync($"/Privacy/Employee?email={Uri.EscapeDataString(email)}&from=2026-11-23&to=2026-11-23");
        Assert.Contains("Agent Jansen", page.QuerySelector($"#log-table tr[data-entity-id='{person.TrackId}']")?.TextContent, StringComparison.Ordinal);
        Assert.True(await Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == AuditLogView.EntityType && a.EntityId == userId.ToString(), Ct)));
    }

    [Fact]
    public async Task The_csv_export_holds_the_rows_of_the_view_neutralises_formulas_and_is_logged_as_export()
    {
        var person = await portal.PersonWithTrackAsync();
        const string formula = "=HYPERLINK(\"http://evil.example\") urgent: victim in danger tonight";
        await Factory.SendAsync(new BreakGlassTrack.Command { Reference = person.RegistrationNumber, Reason = formula }, portal.OtherPolice);
        var client = Factory.ClientFor(PrivacyPortal.Officer);

        var csvResponse = await client.GetAsync($"/Privacy/Victim?handler=Export&reference={person.RegistrationNumber}", Ct);
        var csv = await csvResponse.Content.ReadAsStringAsync(Ct);
        var view = await Factory.SendAsync(new GetVictimLog.Query(person.RegistrationNumber), PrivacyPortal.Officer);

        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.StartsWith("text/csv", csvResponse.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // The view, read after the export, shows the export itself on top; the rest is the export, row for row.
        Assert.Equal(AuditAction.Export, view!.Rows.Items[0].Action);
        var viewSequences = view.Rows.Items.Skip(1).Select(r => r.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var csvSequences = lines.Skip(1).Select(l => l[(l.LastIndexOf(',') + 1)..]).ToList();
        Assert.Equal(view.Rows.TotalCount - 1, csvSequences.Count);
        Assert.Equal(viewSequences, csvSequences.Take(viewSequences.Count));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\") urgent: victim in danger tonight\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.True(await Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == AuditLogView.EntityType && a.Action == AuditAction.Export
            && a.SubjectId == person.VictimId && a.UserId == PrivacyPortal.Officer.UserId, Ct)));
    }

    [Fact]
    public async Task The_privacy_pages_show_the_log_and_verify_the_chain()
    {
        var person = await portal.PersonWithTrackAsync();
        var client = Factory.ClientFor(PrivacyPortal.Officer);

        var victim = await client.GetDocumentAsync($"/Privacy/Victim?reference={person.RegistrationNumber}");
        var verified = await client.SubmitAsync("/Privacy/Index", "#verify-form", []);
        var page = await HtmlForms.ParseAsync(verified);

        Assert.NotNull(victim.QuerySelector($"#log-table tr[data-entity-id='{person.TrackId}']"));
        Assert.NotNull(victim.QuerySelector("#export-csv"));
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal("true", page.QuerySelector("#verify-result")?.GetAttribute("data-ok"));
    }

    [Theory]
    [InlineData(Roles.Police)]
    [InlineData(Roles.CoMenshaCoordinator)]
    [InlineData(Roles.Administrator)]
    public async Task Only_the_privacy_officer_may_open_the_privacy_pages_or_send_their_queries(string role)
    {
        var user = TestUser.InRole(role);

        var response = await Factory.ClientFor(user).GetAsync("/Privacy/Victim?reference=CM-2026-00001", Ct);
        var query = await Record.ExceptionAsync(() => Factory.SendAsync(new GetVictimLog.Query("CM-2026-00001"), user));
        var verify = await Record.ExceptionAsync(() => Factory.SendAsync(new VerifyAuditChain.Query(), user));

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || (response.StatusCode == HttpStatusCode.Redirect && response.LocationPath()?.StartsWith("/Identity/Account/AccessDenied", StringComparison.Ordinal) == true),
            $"{role}: {(int)response.StatusCode}");
        Assert.IsType<Application.Common.Exceptions.ForbiddenAccessException>(query);
        Assert.IsType<Application.Common.Exceptions.ForbiddenAccessException>(verify);
    }
}
