using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Privacy;

/// <summary>Data-subject access (export, logged) and erasure on request with four eyes; the privacy pages for the privacy officer only.</summary>
public sealed class ErasureAndAccessTests(RetentionPortal portal) : IClassFixture<RetentionPortal>
{
    private readonly ClockedPortalFactory _factory = portal.Factory;

    [Fact]
    public async Task The_officer_who_filed_an_erasure_request_cannot_approve_it_and_a_second_officer_can()
    {
        var person = await portal.RegisteredPersonAsync();
        var requestId = await portal.RequestErasureAsync(person.RegistrationNumber);

        var own = await Record.ExceptionAsync(() => portal.DecideAsync(requestId, approve: true, portal.Officer));
        var afterOwn = await portal.VictimAsync(person.VictimId);
        await portal.DecideAsync(requestId, approve: true, portal.SecondOfficer);
        var afterSecond = await portal.VictimAsync(person.VictimId);
        var request = await _factory.WithDbAsync(db => db.ErasureRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));

        Assert.Equal(ErasureRequest.SameOfficer, Assert.IsType<DomainException>(own).Message);
        Assert.Null(afterOwn.AnonymisedAtUtc);
        Assert.NotEmpty(afterOwn.Names);
        Assert.NotNull(afterSecond.AnonymisedAtUtc);
        Assert.Empty(afterSecond.Names);
        Assert.Equal(ErasureRequestStatus.Approved, request.Status);
        Assert.Equal(portal.SecondOfficer.UserId, request.DecidedBy);
        Assert.Empty(await portal.CellsContainingAsync(person.Secrets));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == person.VictimId.ToString() && a.Action == AuditAction.Delete && a.EntityType == "PossibleVictim").ToListAsync());
        Assert.StartsWith("Anonymised (ErasureRequest):", Assert.Single(audit).ChangedFields, StringComparison.Ordinal);
        Assert.Equal(portal.SecondOfficer.UserId, audit[0].UserId);
    }

    [Fact]
    public async Task A_rejected_request_changes_nothing_and_needs_a_reason()
    {
        var person = await portal.RegisteredPersonAsync();
        var requestId = await portal.RequestErasureAsync(person.RegistrationNumber);
        var before = await portal.VictimAsync(person.VictimId);

        var withoutReason = await Record.ExceptionAsync(() => portal.DecideAsync(requestId, approve: false, portal.SecondOfficer));
        await portal.DecideAsync(requestId, approve: false, portal.SecondOfficer, "Wettelijke bewaarplicht van toepassing");
        var after = await portal.VictimAsync(person.VictimId);
        var request = await _factory.WithDbAsync(db => db.ErasureRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));

        Assert.Contains("Note", Assert.IsType<RequestValidationException>(withoutReason).Errors.Keys);
        Assert.Equal(ErasureRequestStatus.Rejected, request.Status);
        Assert.Null(after.AnonymisedAtUtc);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Names.Select(n => n.Value), after.Names.Select(n => n.Value));
        Assert.NotEmpty(await portal.CellsContainingAsync(person.Secrets));
    }

    [Fact]
    public async Task A_legal_hold_refuses_the_approval_with_a_clear_message_and_the_request_stays_pending()
    {
        var person = await portal.RegisteredPersonAsync();
        await portal.PlaceHoldAsync(person.VictimId);
        var requestId = await portal.RequestErasureAsync(person.RegistrationNumber);

        var refused = await Record.ExceptionAsync(() => portal.DecideAsync(requestId, approve: true, portal.SecondOfficer));
        var request = await _factory.WithDbAsync(db => db.ErasureRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));

        Assert.Equal(DecideErasure.Held, Assert.IsType<BusinessRuleException>(refused).Message);
        Assert.Equal(ErasureRequestStatus.Pending, request.Status);
        Assert.Null((await portal.VictimAsync(person.VictimId)).AnonymisedAtUtc);
    }

    [Fact]
    public async Task An_erasure_request_needs_a_known_registration_number_a_ground_and_a_reason()
    {
        var refused = await Record.ExceptionAsync(() => _factory.SendAsync(new RequestErasure.Command { RegistrationNumber = "CM-1999-99999" }, portal.Officer));
        var unknown = await Record.ExceptionAsync(() => _factory.SendAsync(new RequestErasure.Command
        {
            RegistrationNumber = "CM-1999-99999", Ground = ErasureGround.Objection, Reason = "Bezwaar",
        }, portal.Officer));

        var errors = Assert.IsType<RequestValidationException>(refused).Errors;
        Assert.Contains("Ground", errors.Keys);
        Assert.Contains("Reason", errors.Keys);
        Assert.Equal(FindRecord.NotAVictimFile, Assert.IsType<RequestValidationException>(unknown).Errors["RegistrationNumber"].Single());
    }

    [Fact]
    public async Task The_data_subject_export_holds_everything_about_the_person_and_is_logged()
    {
        var person = await portal.RegisteredPersonAsync();
        var client = _factory.ClientFor(portal.Officer);

        var page = await client.GetStringAsync(new Uri($"/Privacy/Subject/{person.VictimId}", UriKind.Relative), TestContext.Current.CancellationToken);
        var download = await client.GetAsync(new Uri($"/Privacy/Subject/{person.VictimId}?handler=Json", UriKind.Relative), TestContext.Current.CancellationToken);
        var json = await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        var reads = await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == person.VictimId.ToString()
            && a.Action == AuditAction.Export && a.UserId == portal.Officer.UserId && a.EntityType == ExportPersonalData.LoggedAs));

        Assert.Contains(person.Secrets[0], page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        var root = document.RootElement;
        Assert.Equal(person.RegistrationNumber, root.GetProperty("VictimFile").GetProperty("RegistrationNumber").GetString());
        Assert.Contains(person.Secrets[0], root.GetProperty("VictimFile").GetProperty("Names").GetRawText(), StringComparison.Ordinal);
        var signal = Assert.Single(root.GetProperty("Signals").EnumerateArray());
        Assert.Contains("Verhaal", signal.GetProperty("Account").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(signal.GetProperty("Indicators").EnumerateArray());
        Assert.Single(root.GetProperty("Referrals").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("AccessLog").EnumerateArray());
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task An_anonymised_person_shows_as_anonymised_on_the_privacy_pages()
    {
        var person = await portal.RegisteredPersonAsync();
        var requestId = await portal.RequestErasureAsync(person.RegistrationNumber);
        await portal.DecideAsync(requestId, approve: true, portal.SecondOfficer);
        var client = _factory.ClientFor(portal.Officer);

        var subject = await client.GetStringAsync(new Uri($"/Privacy/Subject/{person.VictimId}", UriKind.Relative), TestContext.Current.CancellationToken);
        var hold = await client.GetStringAsync(new Uri($"/Privacy/Hold/{person.VictimId}", UriKind.Relative), TestContext.Current.CancellationToken);
        var request = await client.GetStringAsync(new Uri($"/Privacy/Request/{requestId}", UriKind.Relative), TestContext.Current.CancellationToken);
        var coMensha = await _factory.ClientFor(portal.Coordinator).GetAsync(new Uri($"/CoMensha/Victim/{person.VictimId}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("id=\"anonymised\"", subject, StringComparison.Ordinal);
        Assert.Contains("id=\"anonymised\"", hold, StringComparison.Ordinal);
        Assert.Contains(AnonymousReference.Prefix, request, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, coMensha.StatusCode);
    }

    [Fact]
    public async Task The_privacy_pages_work_for_the_privacy_officer_and_refuse_every_other_role()
    {
        var officer = _factory.ClientFor(portal.Officer);
        foreach (var path in new[] { "/Privacy/Retention", "/Privacy/Requests", "/Privacy/Subject" })
        {
            var ok = await officer.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            foreach (var role in Roles.All.Where(r => r != Roles.PrivacyOfficer))
            {
                var other = await _factory.ClientFor(TestUser.InRole(role)).GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.True(other.StatusCode is HttpStatusCode.Forbidden || other.Headers.Location?.ToString().Contains("AccessDenied", StringComparison.Ordinal) == true,
                    $"{role} on {path}: {other.StatusCode}");
            }
        }
        foreach (var role in Roles.All.Where(r => r != Roles.PrivacyOfficer))
        {
            var refused = await Record.ExceptionAsync(() => _factory.SendAsync(new ApplyRetention.Command(), TestUser.InRole(role)));
            Assert.IsType<ForbiddenAccessException>(refused);
        }
    }
}
