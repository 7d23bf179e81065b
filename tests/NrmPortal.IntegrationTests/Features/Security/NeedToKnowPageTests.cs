using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Fixtures;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.IntegrationTests.Features.Security;

/// <summary>
/// The need-to-know matrix on the pages: generated from <see cref="NeedToKnow.Table"/>. For every role × category × relation
/// for which a page shows that category to a user of that relation, the page is rendered as that user and each marker of
/// the category must be in the raw markup when the matrix allows it and absent (not hidden) when it does not. A new cell
/// in the table, or a new page view below, is a new test.
/// </summary>
public sealed class NeedToKnowPageTests(NeedToKnowWorld world) : IClassFixture<NeedToKnowWorld>
{
    /// <summary>A page of one record as one user sees it, and the categories it can show with their markers.</summary>
    private sealed record PageView(string Key, string Viewer, string Role, Relation Relation, IReadOnlyDictionary<DataCategory, string[]> Markers);

    // Markers: a text ("Name": a field of the world), or "#id" (an element), or "#id:Text" (an element containing the text).
    private static readonly Dictionary<DataCategory, string[]> SignalMarkers = new()
    {
        [DataCategory.Identity] = ["Name", "Alias"],
        [DataCategory.Whereabouts] = ["Whereabouts"],
        [DataCategory.Account] = ["Account"],
    };

    /// <summary>COA's signal, which CoMensha closed as a duplicate with a triage note.</summary>
    private static readonly Dictionary<DataCategory, string[]> TriagedSignalMarkers = new(SignalMarkers) { [DataCategory.TriageNote] = ["TriageNote"] };

    private static readonly Dictionary<DataCategory, string[]> TrackMarkers = new()
    {
        [DataCategory.Identity] = ["Name"],
        [DataCategory.PoliceCaseData] = ["Unit", "Officer", "CaseNumber"],
        [DataCategory.CaseProgress] = ["#reflection-table", "#case-facts"],
        [DataCategory.ResidenceData] = ["#residence-table", "#residence-state"],
        [DataCategory.MedicalGround] = ["#residence-table:MedicalGround"],
    };

    private static readonly Dictionary<DataCategory, string[]> ReferralMarkers = new()
    {
        [DataCategory.Identity] = ["Name"],
        [DataCategory.CareNotes] = ["HandoverNote"],
    };

    private static readonly Dictionary<DataCategory, string[]> FacilityMarkers = new()
    {
        [DataCategory.Identity] = ["Name"],
        [DataCategory.Whereabouts] = ["Address"],
        [DataCategory.ShelterPlacement] = ["RegistrationNumber"],
    };

    private static readonly Dictionary<DataCategory, string[]> ReceptionMarkers = new()
    {
        [DataCategory.Identity] = ["Name"],
        [DataCategory.ReceptionData] = ["#entitlement", "#allowance"],
    };

    private static readonly Dictionary<DataCategory, string[]> VictimFileMarkers = new()
    {
        [DataCategory.Identity] = ["Name", "Alias"],
        [DataCategory.ShelterPlacement] = ["FacilityName"],
        [DataCategory.CaseProgress] = ["#victim-track"],
    };

    private static readonly PageView[] Views =
    [
        new("police-signal", nameof(NeedToKnowWorld.PoliceA), Roles.Police, Relation.OwnOrganisation, SignalMarkers),
        new("police-signal", nameof(NeedToKnowWorld.Coordinator), Roles.CoMenshaCoordinator, Relation.Other, SignalMarkers),
        new("care-signal", nameof(NeedToKnowWorld.CareA), Roles.CareWorker, Relation.OwnOrganisation, SignalMarkers),
        new("ind-signal", nameof(NeedToKnowWorld.Ind), Roles.Ind, Relation.OwnOrganisation, SignalMarkers),
        new("coa-signal", nameof(NeedToKnowWorld.CoaA), Roles.Coa, Relation.OwnOrganisation, TriagedSignalMarkers),
        new("coa-signal", nameof(NeedToKnowWorld.Coordinator), Roles.CoMenshaCoordinator, Relation.Other, TriagedSignalMarkers),
        new("track", nameof(NeedToKnowWorld.PoliceA), Roles.Police, Relation.OwnOrganisation, TrackMarkers),
        new("track", nameof(NeedToKnowWorld.PoliceB), Roles.Police, Relation.InvolvedOrganisation, TrackMarkers),
        new("track", nameof(NeedToKnowWorld.Ind), Roles.Ind, Relation.Other, TrackMarkers),
        new("track", nameof(NeedToKnowWorld.Coordinator), Roles.CoMenshaCoordinator, Relation.Other, TrackMarkers),
        new("victim", nameof(NeedToKnowWorld.Coordinator), Roles.CoMenshaCoordinator, Relation.Other, VictimFileMarkers),
        new("referral", nameof(NeedToKnowWorld.CareA), Roles.CareWorker, Relation.OwnOrganisation, ReferralMarkers),
        new("referral", nameof(NeedToKnowWorld.CareB), Roles.CareWorker, Relation.InvolvedOrganisation, ReferralMarkers),
        new("referral", nameof(NeedToKnowWorld.Coordinator), Roles.CoMenshaCoordinator, Relation.Other, ReferralMarkers),
        new("withdrawn-referral", nameof(NeedToKnowWorld.CareB), Roles.CareWorker, Relation.EndedInvolvement, ReferralMarkers),
        new("facility", nameof(NeedToKnowWorld.ProviderStaff), Roles.CareWorker, Relation.OwnOrganisation, FacilityMarkers),
        new("facility", nameof(NeedToKnowWorld.Coordinator), Roles.CoMenshaCoordinator, Relation.Other, FacilityMarkers),
        new("reception", nameof(NeedToKnowWorld.CoaA), Roles.Coa, Relation.OwnOrganisation, ReceptionMarkers),
        new("reception", nameof(NeedToKnowWorld.CoaB), Roles.Coa, Relation.InvolvedOrganisation, ReceptionMarkers),
    ];

    /// <summary>Every cell of the matrix (role, category, relation) that some page view can show: view, viewer, category, relation, allowed.</summary>
    public static TheoryData<string, string, DataCategory, Relation, bool> Cells()
    {
        var data = new TheoryData<string, string, DataCategory, Relation, bool>();
        foreach (var role in NeedToKnow.Table.Keys.Order(StringComparer.Ordinal))
            foreach (var category in Enum.GetValues<DataCategory>())
                foreach (var relation in Enum.GetValues<Relation>())
                    foreach (var view in Views.Where(v => v.Role == role && v.Relation == relation && v.Markers.ContainsKey(category)))
                        data.Add(view.Key, view.Viewer, category, relation, NeedToKnow.Allows(role, category, relation));
        return data;
    }

    [Fact]
    public void Every_page_view_is_tested_and_the_matrix_has_a_row_for_every_role()
    {
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), NeedToKnow.Table.Keys.Order(StringComparer.Ordinal));
        Assert.True(Cells().Count >= 60, "The generated cases cover the pages' categories.");
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task The_page_shows_a_category_exactly_when_the_matrix_allows_it(string view, string viewer, DataCategory category, Relation relation, bool allowed)
    {
        var user = world.Users[viewer];
        var html = await world.Factory.ClientFor(user).GetStringAsync(new Uri(UrlOf(view), UriKind.Relative), TestContext.Current.CancellationToken);
        var document = await HtmlForms.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) });
        var markers = Views.First(v => v.Key == view && v.Viewer == viewer).Markers[category];
        foreach (var marker in markers)
        {
            var present = IsPresent(marker, html, document);
            Assert.True(present == allowed, $"{viewer} ({user.Role}, {relation}) on {view}: {category} marker {marker} is {(present ? "present" : "absent")}, the matrix says {(allowed ? "allowed" : "not allowed")}.");
        }
    }

    private bool IsPresent(string marker, string html, IHtmlDocument document)
    {
        if (!marker.StartsWith('#')) return html.Contains(ValueOf(marker), StringComparison.Ordinal);
        var parts = marker.Split(':', 2);
        var element = document.QuerySelector(parts[0]);
        return element is not null && (parts.Length == 1 || element.TextContent.Contains(ValueOf(parts[1]), StringComparison.Ordinal));
    }

    private string ValueOf(string marker) => marker switch
    {
        "Name" => world.Name,
        "Alias" => world.Alias,
        "Whereabouts" => world.Whereabouts,
        "Account" => world.Account,
        "TriageNote" => world.TriageNote,
        "HandoverNote" => world.HandoverNote,
        "Unit" => world.Unit,
        "Officer" => world.Officer,
        "CaseNumber" => NeedToKnowWorld.CaseNumber,
        "Address" => world.Address,
        "FacilityName" => world.FacilityName,
        "RegistrationNumber" => world.RegistrationNumber,
        "MedicalGround" => Dutch(CannotCooperateGround.MedicalOrPsychologicalLimitation),
        _ => throw new ArgumentOutOfRangeException(nameof(marker), marker, "Unknown marker."),
    };

    private string UrlOf(string view) => view switch
    {
        "police-signal" => $"/Signals/Details/{world.PoliceSignalId}",
        "care-signal" => $"/Signals/Details/{world.CareSignalId}",
        "ind-signal" => $"/Signals/Details/{world.IndSignalId}",
        "coa-signal" => $"/Signals/Details/{world.CoaSignalId}",
        "track" => $"/Tracks/Details/{world.TrackId}",
        "victim" => $"/CoMensha/Victim/{world.VictimId}",
        "referral" => $"/Referrals/Details/{world.ReferralId}",
        "withdrawn-referral" => $"/Referrals/Details/{world.WithdrawnReferralId}",
        "facility" => $"/Shelter/Facility/{world.FacilityId}",
        "reception" => $"/Coa/Reception/{world.VictimId}",
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Unknown page view."),
    };

    /// <summary>The label a Dutch-speaking user sees for an enum value (the portal's default culture).</summary>
    private string Dutch<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
        try
        {
            return world.Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>().Label(value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
