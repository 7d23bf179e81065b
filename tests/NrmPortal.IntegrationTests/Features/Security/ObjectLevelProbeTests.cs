using System.Net;
using AngleSharp.Html.Dom;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Security;

/// <summary>
/// Object-level access (Z3; ASVS 5.0 8.2.2, 8.4.1; BIO2 8.03.01/02): every victim-scoped page and every POST handler on it, opened with
/// another organisation's existing ids. The answer is 404 (403 for a role without the folder policy), the body carries none
/// of the person's data, the database is unchanged, and a 404 for an existing record leaves a denied row in the access log.
/// </summary>
public sealed class ObjectLevelProbeTests(NeedToKnowWorld world) : IClassFixture<NeedToKnowWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A probe: who, GET or POST, which page of which record, the handler and form fields, the answer, and the record whose denial is logged.</summary>
    public sealed record Probe(string Viewer, string Page, string? Handler, string[] Fields, HttpStatusCode Expected, string? DeniedRecord)
    {
        public override string ToString() => $"{Viewer} {(Handler is null ? "GET" : "POST " + Handler)} {Page} → {(int)Expected}";
    }

    private static readonly string[] TrackHandlers = ["Offer", "EndEarly", "Cooperation", "Prosecution", "Complaint", "Application", "Decision", "Extension", "Withdrawal"];
    private static readonly string[] ReferralHandlers = ["Accept", "Decline", "Complete", "Withdraw"];

    public static TheoryData<string, string, string?, string[], HttpStatusCode, string?> Probes()
    {
        var probes = new List<Probe>
        {
            // Signal details and the police's "start track" on it.
            new("CareC", "signal", null, [], HttpStatusCode.NotFound, "signal"),
            new("PoliceC", "signal", null, [], HttpStatusCode.NotFound, "signal"),
            new("CoaB", "signal", null, [], HttpStatusCode.NotFound, "signal"),
            new("Admin", "signal", null, [], HttpStatusCode.Forbidden, null),
            new("PrivacyOfficer", "signal", null, [], HttpStatusCode.Forbidden, null),
            new("PoliceC", "signal", "StartTrack", [], HttpStatusCode.NotFound, "signal"),
            new("CareC", "signal", "StartTrack", [], HttpStatusCode.Forbidden, null), // StartTrack is the police's: refused by role, not logged
            // Track details and every step form.
            new("PoliceC", "track", null, [], HttpStatusCode.NotFound, "track"),
            new("CareC", "track", null, [], HttpStatusCode.Forbidden, null),
            new("CoaA", "track", null, [], HttpStatusCode.Forbidden, null),
            // The victim file: CoMensha only.
            new("CareA", "victim", null, [], HttpStatusCode.Forbidden, null),
            new("PoliceA", "victim", null, [], HttpStatusCode.Forbidden, null),
            new("PoliceA", "victim", "", ["version", "{VictimVersion}", "reason", "Deceased"], HttpStatusCode.Forbidden, null),
            new("CareA", "victim", "Guardian", ["version", "{VictimVersion}", "guardianId", "{CareA.Organisation}"], HttpStatusCode.Forbidden, null),
            // Referral details, its step forms, and the referral form for the person.
            new("CareC", "referral", null, [], HttpStatusCode.NotFound, "referral"),
            new("CoaB", "referral", null, [], HttpStatusCode.NotFound, "referral"),
            new("Admin", "referral", null, [], HttpStatusCode.Forbidden, null),
            new("CareC", "refer", null, [], HttpStatusCode.NotFound, "victim"),
            new("CareC", "refer", "", ["Input.ToOrganisationId", "{CareC.Organisation}", "Input.Need", "PsychologicalHelp", "Input.ConsentRecordedOn", "2026-11-22", "Input.Consented", "true"],
                HttpStatusCode.NotFound, "victim"),
            // The facility page with arrival, departure and (CoMensha's) active switch.
            new("OtherProviderStaff", "facility", null, [], HttpStatusCode.NotFound, "facility"),
            new("CareC", "facility", null, [], HttpStatusCode.NotFound, "facility"),
            new("PoliceA", "facility", null, [], HttpStatusCode.Forbidden, null),
            new("OtherProviderStaff", "facility", "Arrival", ["Arrival.PlacementId", "{Placement}", "Arrival.Version", "{PlacementVersion}", "Arrival.On", "2026-11-23"],
                HttpStatusCode.NotFound, "placement"),
            new("OtherProviderStaff", "facility", "Departure",
                ["Departure.PlacementId", "{Placement}", "Departure.Version", "{PlacementVersion}", "Departure.On", "2026-11-23", "Departure.Reason", "LeftToUnknownDestination"],
                HttpStatusCode.NotFound, "placement"),
            new("OtherProviderStaff", "facility", "Active", ["version", "{FacilityVersion}", "active", "false"], HttpStatusCode.Forbidden, null),
            // COA's page of a person who is not entitled and has no reception record, and its forms.
            new("CoaA", "reception", null, [], HttpStatusCode.NotFound, "not-entitled"),
            new("CoaB", "reception", null, [], HttpStatusCode.NotFound, "not-entitled"),
            new("CareA", "reception", null, [], HttpStatusCode.Forbidden, null),
            new("CoaA", "reception", "Start", ["Start.From", "2026-11-23", "Start.HealthCostCover", "true"], HttpStatusCode.NotFound, "not-entitled"),
            new("CoaA", "reception", "Change", ["Change.Version", "{NewGuid}", "Change.Until", "2026-12-31"], HttpStatusCode.NotFound, "not-entitled"),
            new("CoaA", "reception", "End", ["End.Version", "{NewGuid}", "End.On", "2026-11-23", "End.Reason", "EntitlementEnded"], HttpStatusCode.NotFound, "not-entitled"),
        };
        foreach (var handler in TrackHandlers)
        {
            // Police steps on another force's track: 404 and logged; the IND's steps are refused to police by role (403) on any track.
            var indStep = handler is "Application" or "Decision" or "Extension" or "Withdrawal";
            probes.Add(new("PoliceC", "track", handler, [handler + ".Version", "{TrackVersion}"], indStep ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound, indStep ? null : "track"));
            probes.Add(new("CareC", "track", handler, [handler + ".Version", "{TrackVersion}"], HttpStatusCode.Forbidden, null));
        }
        // The involved force may read the track, not change it: a valid step is answered 404 and logged.
        probes.Add(new("PoliceB", "track", "Offer",
            ["Offer.Version", "{TrackVersion}", "Offer.OfferedOn", "2026-11-23", "Offer.Unit", "X", "Offer.Officer", "Y", "Offer.Decision", "Accepted"], HttpStatusCode.NotFound, "track"));
        probes.Add(new("PoliceB", "track", "Cooperation",
            ["Cooperation.Version", "{TrackVersion}", "Cooperation.Kind", "Report", "Cooperation.On", "2026-11-23", "Cooperation.Unit", "X", "Cooperation.CaseNumber", "Z"],
            HttpStatusCode.NotFound, "track"));
        foreach (var handler in ReferralHandlers)
        {
            probes.Add(new("CareC", "referral", handler, [handler + ".Version", "{ReferralVersion}"], HttpStatusCode.NotFound, "referral"));
            probes.Add(new("Admin", "referral", handler, [handler + ".Version", "{ReferralVersion}"], HttpStatusCode.Forbidden, null));
        }
        var data = new TheoryData<string, string, string?, string[], HttpStatusCode, string?>();
        foreach (var p in probes) data.Add(p.Viewer, p.Page, p.Handler, p.Fields, p.Expected, p.DeniedRecord);
        return data;
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task Another_organisations_record_is_not_found_shows_nothing_changes_nothing_and_is_logged(
        string viewer, string page, string? handler, string[] fields, HttpStatusCode expected, string? deniedRecord)
    {
        var user = world.Users[viewer];
        var client = world.Factory.ClientFor(user);
        var before = await world.SnapshotAsync();
        var deniedId = deniedRecord is null ? (Guid?)null : RecordId(deniedRecord);
        var logBefore = deniedId is { } id ? await world.LogRowsAsync(user, id) : 0;

        HttpResponseMessage response;
        if (handler is null)
        {
            response = await client.GetAsync(new Uri(UrlOf(page), UriKind.Relative), Ct);
        }
        else
        {
            var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", await TokenAsync(client)) };
            for (var i = 0; i < fields.Length; i += 2) values.Add(new(fields[i], await ValueOfAsync(fields[i + 1])));
            var url = UrlOf(page) + (handler.Length == 0 ? "" : (UrlOf(page).Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler);
            using var content = new FormUrlEncodedContent(values);
            response = await client.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
        }
        var body = await response.Content.ReadAsStringAsync(Ct);

        // A role without the folder policy (or the message's role) is sent to the access-denied page.
        var status = response.StatusCode == HttpStatusCode.Redirect && response.LocationPath()?.StartsWith("/Identity/Account/AccessDenied", StringComparison.Ordinal) == true
            ? HttpStatusCode.Forbidden
            : response.StatusCode;
        Assert.Equal(expected, status);
        foreach (var secret in new[] { world.Name, world.Account, world.Whereabouts, world.Address, world.HandoverNote,
                     NeedToKnowWorld.CaseNumber, world.TriageNote, world.NotEntitledName, world.RegistrationNumber })
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        Assert.Equal(before, await world.SnapshotAsync());
        if (deniedId is { } denied) Assert.True(await world.LogRowsAsync(user, denied) > logBefore, $"The denied attempt on the {deniedRecord} is logged.");
    }

    private Guid RecordId(string record) => record switch
    {
        "signal" => world.PoliceSignalId,
        "track" => world.TrackId,
        "victim" => world.VictimId,
        "referral" => world.ReferralId,
        "facility" => world.FacilityId,
        "placement" => world.PlacementId,
        "not-entitled" => world.NotEntitledVictimId,
        _ => throw new ArgumentOutOfRangeException(nameof(record), record, "Unknown record."),
    };

    private string UrlOf(string page) => page switch
    {
        "signal" => $"/Signals/Details/{world.PoliceSignalId}",
        "track" => $"/Tracks/Details/{world.TrackId}",
        "victim" => $"/CoMensha/Victim/{world.VictimId}",
        "referral" => $"/Referrals/Details/{world.ReferralId}",
        "refer" => $"/Referrals/Create?victimId={world.VictimId}",
        "facility" => $"/Shelter/Facility/{world.FacilityId}",
        "reception" => $"/Coa/Reception/{world.NotEntitledVictimId}",
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, "Unknown page."),
    };

    private async Task<string> ValueOfAsync(string value) => value switch
    {
        "{Placement}" => world.PlacementId.ToString(),
        "{NewGuid}" => Guid.NewGuid().ToString(),
        "{CareA.Organisation}" => world.CareA.OrganisationId.ToString(),
        "{CareC.Organisation}" => world.CareC.OrganisationId.ToString(),
        "{VictimVersion}" => (await world.Factory.WithDbAsync(db => Task.FromResult(db.PossibleVictims.Single(v => v.Id == world.VictimId).Version))).ToString(),
        "{TrackVersion}" => (await world.Factory.WithDbAsync(db => Task.FromResult(db.ResidenceTracks.Single(t => t.Id == world.TrackId).Version))).ToString(),
        "{ReferralVersion}" => (await world.Factory.WithDbAsync(db => Task.FromResult(db.Referrals.Single(r => r.Id == world.ReferralId).Version))).ToString(),
        "{PlacementVersion}" => (await world.Factory.WithDbAsync(db => Task.FromResult(db.Placements.Single(p => p.Id == world.PlacementId).Version))).ToString(),
        "{FacilityVersion}" => (await world.Factory.WithDbAsync(db => Task.FromResult(db.ShelterFacilities.Single(f => f.Id == world.FacilityId).Version))).ToString(),
        _ => value,
    };

    /// <summary>An antiforgery token for this client's user, from the home page (its sign-out form); the cookie stays in the client.</summary>
    internal static async Task<string> TokenAsync(HttpClient client)
    {
        var document = await client.GetDocumentAsync("/");
        return (document.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException("No antiforgery token on the home page.");
    }
}
