using System.Net;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Features.Referrals;

namespace NrmPortal.IntegrationTests.Features.Security;

/// <summary>The <see cref="NeedToKnowWorld"/> with a script payload in front of every free-text value a user enters.</summary>
public sealed class XssWorld() : NeedToKnowWorld(XssAndInjectionTests.Payload);

/// <summary>
/// Output encoding (ASVS 5.0 1.2.1) and injection (ASVS 5.0 1.2.4): a script payload stored in every free-text field
/// (name, alias, whereabouts, account, triage note, handover note, decline reason, unit, officer, facility name and address,
/// organisation name) is shown HTML-encoded on every page that renders it, never as markup; SQL-shaped input in every search
/// box and free-text field is stored and treated as text. The portal has no CSV or other export.
/// </summary>
public sealed class XssAndInjectionTests(XssWorld world) : IClassFixture<XssWorld>
{
    public const string Payload = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every page that renders one of the world's free-text values, and the user who sees it.</summary>
    public static TheoryData<string, string> Pages() => new()
    {
        { nameof(NeedToKnowWorld.PoliceA), "/Signals/Details/{PoliceSignal}" },
        { nameof(NeedToKnowWorld.CoaA), "/Signals/Details/{CoaSignal}" },
        { nameof(NeedToKnowWorld.Coordinator), "/Signals/Details/{CoaSignal}" },
        { nameof(NeedToKnowWorld.CareA), "/Signals/Details/{CareSignal}" },
        { nameof(NeedToKnowWorld.CareA), "/Signals" },
        { nameof(NeedToKnowWorld.Coordinator), "/CoMensha/Inbox" },
        { nameof(NeedToKnowWorld.Coordinator), "/CoMensha/Victim/{Victim}" },
        { nameof(NeedToKnowWorld.Coordinator), "/CoMensha/Places/{Victim}" },
        { nameof(NeedToKnowWorld.Coordinator), "/CoMensha/Occupancy" },
        { nameof(NeedToKnowWorld.Coordinator), "/CoMensha/Facility/{Facility}" },
        { nameof(NeedToKnowWorld.PoliceA), "/Tracks/Details/{Track}" },
        { nameof(NeedToKnowWorld.Coordinator), "/Tracks/Details/{Track}" },
        { nameof(NeedToKnowWorld.Ind), "/Tracks" },
        { nameof(NeedToKnowWorld.PoliceA), "/Deadlines" },
        { nameof(NeedToKnowWorld.CareA), "/Referrals/Details/{Referral}" },
        { nameof(NeedToKnowWorld.CareB), "/Referrals/Details/{Referral}" },
        { nameof(NeedToKnowWorld.CareB), "/Referrals" },
        { nameof(NeedToKnowWorld.CareA), "/Referrals/Create?victimId={Victim}" },
        { nameof(NeedToKnowWorld.ProviderStaff), "/Shelter/Facility/{Facility}" },
        { nameof(NeedToKnowWorld.ProviderStaff), "/Shelter" },
        { nameof(NeedToKnowWorld.CoaA), "/Coa/Reception/{Victim}" },
        { nameof(NeedToKnowWorld.CoaA), "/Coa" },
        { nameof(NeedToKnowWorld.Admin), "/Admin/Organisations" },
        { nameof(NeedToKnowWorld.Admin), "/Admin/Organisations/Details/{CareOrganisation}" },
        { nameof(NeedToKnowWorld.Admin), "/Admin/Organisations/Edit/{CareOrganisation}" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Stored_script_is_shown_encoded_never_as_markup(string viewer, string url)
    {
        var response = await world.Factory.ClientFor(world.Users[viewer]).GetAsync(new Uri(Resolve(url), UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=alert(1)>", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_pages_do_render_the_stored_values_encoded()
    {
        // So that the test above is not passing because nothing was shown: the detail pages show the values, encoded.
        foreach (var (viewer, url) in new[]
                 {
                     (nameof(NeedToKnowWorld.PoliceA), "/Signals/Details/{PoliceSignal}"), (nameof(NeedToKnowWorld.PoliceA), "/Tracks/Details/{Track}"),
                     (nameof(NeedToKnowWorld.Coordinator), "/CoMensha/Victim/{Victim}"), (nameof(NeedToKnowWorld.CareB), "/Referrals/Details/{Referral}"),
                     (nameof(NeedToKnowWorld.ProviderStaff), "/Shelter/Facility/{Facility}"), (nameof(NeedToKnowWorld.CoaA), "/Coa/Reception/{Victim}"),
                     (nameof(NeedToKnowWorld.Admin), "/Admin/Organisations/Details/{CareOrganisation}"),
                 })
        {
            var body = await world.Factory.ClientFor(world.Users[viewer]).GetStringAsync(new Uri(Resolve(url), UriKind.Relative), Ct);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_declined_referrals_reason_is_encoded_too()
    {
        var referralId = await world.Factory.SendAsync(new CreateReferral.Command
        {
            VictimId = world.VictimId, ToOrganisationId = world.CareB.OrganisationId, Need = Domain.Referrals.ReferralNeed.PracticalHelp,
            ConsentRecordedOn = NeedToKnowWorld.Today, Consented = true, HandoverNote = Payload,
        }, world.CareA);
        var version = await world.Factory.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.Version).SingleAsync(Ct));
        await world.Factory.SendAsync(new DeclineReferral.Command { ReferralId = referralId, Version = version, Reason = Payload + "afgewezen" }, world.CareB);

        var body = await world.Factory.ClientFor(world.CareA).GetStringAsync(new Uri($"/Referrals/Details/{referralId}", UriKind.Relative), Ct);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", body, StringComparison.Ordinal);
    }

    public static TheoryData<string> SqlShapedInput() => ["' OR 1=1 --", "'); DROP TABLE Signals;--", "\" OR \"\"=\"", "%' OR '%'='"];

    [Theory]
    [MemberData(nameof(SqlShapedInput))]
    public async Task Sql_shaped_search_input_is_text_finds_nothing_and_breaks_nothing(string input)
    {
        var before = await world.SnapshotAsync();
        var searches = new (string Viewer, string Url)[]
        {
            (nameof(NeedToKnowWorld.Ind), "/Tracks?reference="), (nameof(NeedToKnowWorld.Coordinator), "/Tracks?reference="),
            (nameof(NeedToKnowWorld.Admin), "/Admin/Users?search="), (nameof(NeedToKnowWorld.Admin), "/Admin/Organisations?search="),
        };
        foreach (var (viewer, url) in searches)
        {
            var response = await world.Factory.ClientFor(world.Users[viewer]).GetAsync(new Uri(url + Uri.EscapeDataString(input), UriKind.Relative), Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // Nothing matches the text: no track, organisation or user of the world is listed.
            Assert.DoesNotContain(world.TrackId.ToString(), body, StringComparison.Ordinal);
            if (url.StartsWith("/Admin/Organisations", StringComparison.Ordinal)) // (the user list's filter offers every organisation by name)
            {
                Assert.DoesNotContain($"/Admin/Organisations/Details/{world.CareA.OrganisationId}", body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Zorg" + NeedToKnowWorld.Unique, body, StringComparison.Ordinal);
            }
            Assert.DoesNotContain("admin@it.nrm.local", body, StringComparison.Ordinal);
        }
        Assert.Equal(before, await world.SnapshotAsync()); // and every table is still there, unchanged
    }

    [Theory]
    [MemberData(nameof(SqlShapedInput))]
    public async Task Sql_shaped_free_text_is_stored_as_typed(string input)
    {
        var signal = await world.Factory.SendAsync(Builders.SignalBuilder.Valid() with { Name = input, Alias = input, Whereabouts = input, Account = input }, world.CareC);

        var stored = await world.Factory.WithDbAsync(db => db.Signals.AsNoTracking().SingleAsync(s => s.Id == signal.Id, Ct));
        var body = await world.Factory.ClientFor(world.CareC).GetStringAsync(new Uri($"/Signals/Details/{signal.Id}", UriKind.Relative), Ct);

        Assert.Equal(input.Trim(), stored.Person.Name);
        Assert.Equal(input.Trim(), stored.Account);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(input.Trim()), body, StringComparison.Ordinal);
        Assert.True(await world.Factory.WithDbAsync(db => db.Signals.AnyAsync(Ct)), "The Signals table is still there.");
    }

    private string Resolve(string url) => url
        .Replace("{PoliceSignal}", world.PoliceSignalId.ToString(), StringComparison.Ordinal)
        .Replace("{CoaSignal}", world.CoaSignalId.ToString(), StringComparison.Ordinal)
        .Replace("{CareSignal}", world.CareSignalId.ToString(), StringComparison.Ordinal)
        .Replace("{Victim}", world.VictimId.ToString(), StringComparison.Ordinal)
        .Replace("{Track}", world.TrackId.ToString(), StringComparison.Ordinal)
        .Replace("{Referral}", world.ReferralId.ToString(), StringComparison.Ordinal)
        .Replace("{Facility}", world.FacilityId.ToString(), StringComparison.Ordinal)
        .Replace("{CareOrganisation}", world.CareA.OrganisationId.ToString(), StringComparison.Ordinal);
}
