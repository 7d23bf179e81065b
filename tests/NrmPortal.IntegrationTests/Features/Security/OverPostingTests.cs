using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Security;

/// <summary>
/// Mass assignment (Z5; ASVS 5.0 8.2.3): the forms bind models that have no property for the owner, the organisation, the status
/// or the audit fields, so extra fields posted for them are ignored and the stored values come from the signed-in user. The
/// own-account page is covered by <c>SignInTests.Over_posting_organisation_or_role_on_the_own_account_page_changes_nothing</c>.
/// </summary>
public sealed class OverPostingTests(NeedToKnowWorld world) : IClassFixture<NeedToKnowWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Fields that only the portal sets: never on a bound model.</summary>
    private static readonly string[] ServerSet =
    [
        "ReporterOrganisationId", "ReporterUserId", "ReporterOrganisationType", "FromOrganisationId", "FromUserId", "CoaOrganisationId",
        "PoliceOrganisationId", "CreatedBy", "CreatedAtUtc", "UpdatedBy", "UpdatedAtUtc", "TriagedBy", "TriagedAtUtc", "Status", "RegistrationNumber",
        "Reference", "SentAtUtc", "MustChangePassword", "UserId", "PasswordHash", "SecurityStamp",
    ];

    /// <summary>Fields a form may legitimately choose, but only on the pages listed (administrators manage users; CoMensha picks a facility's provider).</summary>
    private static readonly Dictionary<string, string[]> AllowedOn = new()
    {
        ["Role"] = ["NrmPortal.Web.Pages.Admin.Users"],
        ["OrganisationId"] = ["NrmPortal.Web.Pages.Admin.Users", "NrmPortal.Web.Pages.CoMensha"],
    };

    /// <summary>
    /// A server-set name that a form binds as a search key: the user types the reference of an existing record to find it, and the
    /// handler only looks the record up by it (it sets the reference on nothing). Allowed on exactly this page and path, for the reason given.
    /// </summary>
    private static readonly Dictionary<string, string> SearchKeys = new()
    {
        ["NrmPortal.Web.Pages.Tracks.IndexModel: BreakGlass.Reference"] =
            "the registration number or signal reference of the track a police officer opens in an emergency (BreakGlassTrack looks the track up by it)",
        ["NrmPortal.Web.Pages.Privacy.RequestsModel: Input.RegistrationNumber"] =
            "the registration number of the person an erasure request is about (RequestErasure looks the victim file up by it; the request stores the file's id)",
        ["NrmPortal.Web.Pages.Privacy.RetentionModel: Find.Reference"] = "the reference of the victim file or signal a legal hold is placed on (FindRecord looks it up)",
        ["NrmPortal.Web.Pages.Privacy.SubjectModel: Find.Reference"] = "the registration number of the person whose data is exported (FindRecord looks it up)",
    };

    [Fact]
    public void No_bound_model_has_a_property_the_portal_sets_itself()
    {
        var pages = typeof(NrmPortal.Web.Infrastructure.AppPageModel).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var found = new List<string>();
        var seen = new List<string>();
        foreach (var page in pages)
        {
            var bindsAll = page.GetCustomAttribute<BindPropertiesAttribute>() is not null;
            foreach (var bound in page.GetProperties().Where(p => bindsAll || p.GetCustomAttribute<BindPropertyAttribute>() is not null))
                foreach (var path in PropertyPaths(bound.PropertyType, bound.Name, depth: 0))
                {
                    seen.Add($"{page.FullName}: {path}");
                    var name = path[(path.LastIndexOf('.') + 1)..];
                    var allowed = AllowedOn.TryGetValue(name, out var namespaces) && namespaces.Any(n => page.Namespace?.StartsWith(n, StringComparison.Ordinal) == true);
                    if ((ServerSet.Contains(name) && !SearchKeys.ContainsKey($"{page.FullName}: {path}")) || (AllowedOn.ContainsKey(name) && !allowed))
                        found.Add($"{page.FullName}: {path}");
                }
        }
        Assert.True(pages.Count > 20, "The page models were found.");
        Assert.Contains(seen, p => p.StartsWith("NrmPortal.Web.Pages.Admin.Users", StringComparison.Ordinal) && p.EndsWith(".Role", StringComparison.Ordinal)); // the walk sees nested models
        Assert.Empty(found);
        Assert.All(SearchKeys.Keys, key => Assert.Contains(key, seen)); // an allowance for a form that changed or went away is removed, not kept
    }

    private static IEnumerable<string> PropertyPaths(Type type, string prefix, int depth)
    {
        if (depth > 2 || type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            yield return prefix + "." + property.Name;
            foreach (var nested in PropertyPaths(property.PropertyType, prefix + "." + property.Name, depth + 1)) yield return nested;
        }
    }

    [Fact]
    public async Task Extra_fields_on_the_signal_form_are_ignored()
    {
        var name = "Overpost " + Guid.NewGuid().ToString("N")[..8];
        var other = world.CareC;
        var response = await world.Factory.ClientFor(world.CareA).SubmitAsync("/Signals/Register", "#signal-form",
        [
            new("Input.ImmediateDanger", "false"), new("Input.Context", "ShelterIntake"), new("Input.Region", "Amsterdam"),
            new("Input.IndicatorCodes", "CC-01"), new("Input.ExploitationForms", "Sexual"), new("Input.Name", name), new("Input.NationalityCode", "NG"),
            new("Input.EstimatedAge", "30"), new("Input.ConsentToRegistration", "true"),
            new("Input.ReporterOrganisationId", other.OrganisationId.ToString()), new("ReporterOrganisationId", other.OrganisationId.ToString()),
            new("Input.ReporterUserId", other.UserId.ToString()), new("Input.ReporterOrganisationType", "Police"), new("Input.Status", "Registered"),
            new("Input.VictimId", world.VictimId.ToString()), new("Input.TriageNote", "overposted"), new("Input.CreatedBy", other.UserId.ToString()),
            new("Input.Reference", "SIG-0000-000001"), new("Input.Id", Guid.NewGuid().ToString()), new("Role", Roles.CoMenshaCoordinator),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Names are encrypted with a fresh IV every time, so the database cannot compare them: the signal is found by its decrypted name.
        var signal = (await world.Factory.WithDbAsync(db => db.Signals.AsNoTracking().ToListAsync(Ct))).Single(s => s.Person.Name == name);
        Assert.Equal(world.CareA.OrganisationId, signal.ReporterOrganisationId);
        Assert.Equal(world.CareA.UserId, signal.ReporterUserId);
        Assert.Equal(world.CareA.UserId, signal.CreatedBy);
        Assert.Equal(SignalStatus.New, signal.Status);
        Assert.Null(signal.VictimId);
        Assert.Null(signal.TriageNote);
        Assert.NotEqual("SIG-0000-000001", signal.Reference);
        Assert.Equal(Domain.Organisations.OrganisationType.CareProvider, signal.ReporterOrganisationType);
    }

    [Fact]
    public async Task Extra_fields_on_the_referral_form_are_ignored()
    {
        var note = "Overpost " + Guid.NewGuid().ToString("N")[..8];
        var response = await world.Factory.ClientFor(world.CareA).SubmitAsync($"/Referrals/Create?victimId={world.VictimId}", "#referral-form",
        [
            new("Input.ToOrganisationId", world.CareB.OrganisationId.ToString()), new("Input.Need", nameof(ReferralNeed.VictimSupport)),
            new("Input.ConsentRecordedOn", "2026-11-20"), new("Input.Consented", "true"), new("Input.HandoverNote", note),
            new("Input.FromOrganisationId", world.CareC.OrganisationId.ToString()), new("FromOrganisationId", world.CareC.OrganisationId.ToString()),
            new("Input.FromUserId", world.CareC.UserId.ToString()), new("Input.Status", nameof(ReferralStatus.Accepted)),
            new("Input.VictimId", world.NotEntitledVictimId.ToString()), new("Input.CreatedBy", world.CareC.UserId.ToString()),
            new("Input.SentAtUtc", "2000-01-01T00:00:00Z"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Handover notes are encrypted with a fresh IV every time, so the referral is found by its decrypted note.
        var referral = (await world.Factory.WithDbAsync(db => db.Referrals.AsNoTracking().ToListAsync(Ct))).Single(r => r.HandoverNote == note);
        Assert.Equal(world.CareA.OrganisationId, referral.FromOrganisationId);
        Assert.Equal(world.CareA.UserId, referral.FromUserId);
        Assert.Equal(world.CareA.UserId, referral.CreatedBy);
        Assert.Equal(ReferralStatus.Sent, referral.Status);
        Assert.Equal(world.VictimId, referral.VictimId); // the person of the page's route, not the posted one
        Assert.Equal(2026, referral.SentAtUtc.Year);
    }
}
