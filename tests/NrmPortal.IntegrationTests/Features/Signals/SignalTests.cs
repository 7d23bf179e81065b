using System.Net;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Signals;

[Collection(PortalCollection.Name)]
public sealed class SignalTests(PortalFactory factory)
{
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<TestUser> UserOfNewOrganisationAsync(string role, OrganisationType type)
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().OfType(type).Build(), Admin);
        return new TestUser(Guid.NewGuid(), role, organisationId);
    }

    [Fact]
    public async Task A_care_worker_reports_a_signal_through_the_page_and_the_reporter_comes_from_the_login()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var other = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var name = "Ana " + Guid.NewGuid().ToString("N")[..6];

        var response = await factory.ClientFor(careWorker).SubmitAsync("/Signals/Register", "#signal-form",
        [
            new("Input.ImmediateDanger", "false"), new("Input.Context", "ShelterIntake"), new("Input.Region", "Amsterdam"),
            new("Input.IndicatorCodes", "CC-01"), new("Input.IndicatorCodes", "MN-01"), new("Input.ExploitationForms", "Sexual"),
            new("Input.ExploitationForms", "Criminal"), new("Input.Name", name), new("Input.NationalityCode", "ng"),
            new("Input.EstimatedAge", "16"), new("Input.AccompaniedByParentOrGuardian", "false"), new("Input.ConsentToRegistration", "true"),
            new("Input.Account", "<script>alert(1)</script> werkt 's nachts"),
            new("ReporterOrganisationId", other.OrganisationId.ToString()), new("Input.ReporterOrganisationId", other.OrganisationId.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The name is stored encrypted (no query can compare it): the signal is found by its reporter's organisation.
        var signal = await factory.WithDbAsync(db => db.Signals.AsNoTracking().SingleAsync(s => s.ReporterOrganisationId == careWorker.OrganisationId, Ct));
        Assert.Equal(name, signal.Person.Name);
        Assert.Equal(careWorker.OrganisationId, signal.ReporterOrganisationId);
        Assert.Equal(careWorker.UserId, signal.ReporterUserId);
        Assert.Equal(OrganisationType.CareProvider, signal.ReporterOrganisationType);
        Assert.Matches(@"^SIG-\d{4}-\d{6}$", signal.Reference);
        Assert.Equal(1, signal.IndicatorListVersion);
        Assert.Equal(ExploitationForms.Sexual | ExploitationForms.Criminal, signal.ExploitationForms);
        Assert.Equal("NG", signal.Person.NationalityCode);
        Assert.True(signal.IsMinor);
        Assert.Equal(NationalityGroup.OutsideEu, signal.NationalityGroup);
        Assert.Equal($"/Signals/Details/{signal.Id}", response.LocationPath());

        var details = await factory.ClientFor(careWorker).GetAsync(new Uri(response.LocationPath()!, UriKind.Relative), Ct);
        var html = await details.Content.ReadAsStringAsync(Ct);
        var steps = (await HtmlForms.ParseAsync(details)).QuerySelectorAll("#handling-steps li").Select(li => li.GetAttribute("data-step"));
        Assert.Equal(["CoMenshaCoordinatesCare", "InformAboutReflectionPeriodThroughPolice", "InvolveYouthCare", "InvolveNidosGuardianship"], steps);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal); // shown encoded, as text
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_write_and_read_of_a_signal_leaves_an_access_log_entry()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.YouthCare);

        var command = SignalBuilder.Valid();
        var registered = await factory.SendAsync(command, careWorker);
        await factory.SendAsync(new GetSignal.Query(registered.Id), careWorker);
        await factory.SendAsync(new ListOrganisationSignals.Query(), careWorker);

        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Signal) && a.EntityId == registered.Id.ToString()).OrderBy(a => a.OccurredAtUtc).ToListAsync(Ct));
        Assert.Equal([AuditAction.Create, AuditAction.Read, AuditAction.Read], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(careWorker.UserId, e.UserId));
        Assert.All(entries, e => Assert.Equal(careWorker.OrganisationId, e.OrganisationId));
        // No audit row anywhere holds the person's name, the account or an observed indicator: names of fields only.
        var leaks = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.EntityId.Contains(command.Name!) || (a.ChangedFields ?? "").Contains(command.Name!) || (a.ChangedFields ?? "").Contains("paspoort")
            || a.EntityId.Contains("CC-01") || (a.ChangedFields ?? "").Contains("CC-01"), Ct));
        Assert.Equal(0, leaks);
    }

    [Fact]
    public async Task Reporters_see_only_their_own_organisations_signals_and_others_get_404()
    {
        var mine = await UserOfNewOrganisationAsync(Roles.Coa, OrganisationType.Coa);
        var colleague = new TestUser(Guid.NewGuid(), Roles.Coa, mine.OrganisationId);
        var stranger = await UserOfNewOrganisationAsync(Roles.Ind, OrganisationType.Ind);
        var coordinator = await UserOfNewOrganisationAsync(Roles.CoMenshaCoordinator, OrganisationType.CoMensha);
        var registered = await factory.SendAsync(SignalBuilder.Valid(), mine);

        var colleagueList = await factory.SendAsync(new ListOrganisationSignals.Query(), colleague);
        var strangerList = await factory.SendAsync(new ListOrganisationSignals.Query(), stranger);
        var strangerPage = await factory.ClientFor(stranger).GetAsync(new Uri($"/Signals/Details/{registered.Id}", UriKind.Relative), Ct);
        var coordinatorView = await factory.SendAsync(new GetSignal.Query(registered.Id), coordinator);

        Assert.Contains(colleagueList.Items, s => s.Id == registered.Id);
        Assert.DoesNotContain(strangerList.Items, s => s.Id == registered.Id);
        Assert.Equal(HttpStatusCode.NotFound, strangerPage.StatusCode);
        Assert.NotNull(coordinatorView);
        // No read of the signal by the stranger, only the one denied attempt (IAccessLog.LogDeniedAsync).
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == registered.Id.ToString() && a.UserId == stranger.UserId, Ct)));
    }

    [Fact]
    public async Task Administrators_cannot_report_or_read_signals()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(SignalBuilder.Valid(), Admin));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new ListOrganisationSignals.Query(), Admin));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new GetSignal.Query(Guid.NewGuid()), Admin));
    }

    [Fact]
    public async Task Bad_input_gets_field_messages_keeps_what_was_typed_and_saves_nothing()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        var name = "Bewaard " + Guid.NewGuid().ToString("N")[..6];

        var response = await factory.ClientFor(careWorker).SubmitAsync("/Signals/Register", "#signal-form",
        [
            new("Input.Name", name), new("Input.DateOfBirth", DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.NationalityCode", "XX"), new("Input.Account", new string('x', Signal.AccountMaxLength + 1)), new("Input.IndicatorCodes", "ZZ-99"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlForms.ParseAsync(response);
        foreach (var field in new[] { "ImmediateDanger", "Context", "Region", "IndicatorCodes", "ExploitationForms", "DateOfBirth", "NationalityCode", "Account", "ConsentToRegistration" })
            Assert.False(string.IsNullOrWhiteSpace(document.TextOf($"#{field}-error")), $"No message for {field}");
        Assert.Equal(name, document.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("true", document.QuerySelector("#Input_Context")!.GetAttribute("aria-invalid")); // the error is tied to its field
        Assert.Contains("Context-error", document.QuerySelector("#Input_Context")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("#Input_Name")!.GetAttribute("aria-invalid"));
        Assert.False(await factory.WithDbAsync(db => db.Signals.AnyAsync(s => s.ReporterOrganisationId == careWorker.OrganisationId, Ct)));
    }

    [Fact]
    public async Task Without_consent_only_an_anonymous_signal_is_accepted()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);

        var named = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(SignalBuilder.Valid() with { ConsentToRegistration = false }, careWorker));
        var anonymous = await factory.SendAsync(SignalBuilder.Valid() with { ConsentToRegistration = false, Name = null }, careWorker);

        Assert.Contains(RegisterSignal.AnonymousWithoutConsent, named.Errors["ConsentToRegistration"]);
        Assert.False(await factory.WithDbAsync(db => db.Signals.Where(s => s.Id == anonymous.Id).Select(s => s.ConsentToRegistration!.Value).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Police_report_without_consent_and_others_must_answer_it()
    {
        var police = await UserOfNewOrganisationAsync(Roles.Police, OrganisationType.Police);
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);

        var byPolice = await factory.SendAsync(SignalBuilder.Valid() with { ConsentToRegistration = null }, police);
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(SignalBuilder.Valid() with { ConsentToRegistration = null }, careWorker));
        var policeForm = await factory.ClientFor(police).GetDocumentAsync("/Signals/Register");

        Assert.Null(await factory.WithDbAsync(db => db.Signals.Where(s => s.Id == byPolice.Id).Select(s => s.ConsentToRegistration).SingleAsync(Ct)));
        Assert.Contains(RegisterSignal.ConsentNeeded, refused.Errors["ConsentToRegistration"]);
        Assert.Null(policeForm.QuerySelector("#consent-yes"));
    }

    [Fact]
    public async Task References_run_on_without_repeating()
    {
        var careWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);

        var first = await factory.SendAsync(SignalBuilder.Valid(), careWorker);
        var second = await factory.SendAsync(SignalBuilder.Valid(), careWorker);

        Assert.Equal(long.Parse(first.Reference[^6..], System.Globalization.CultureInfo.InvariantCulture) + 1,
            long.Parse(second.Reference[^6..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
