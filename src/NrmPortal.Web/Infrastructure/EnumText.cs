using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Web.Infrastructure;

/// <summary>Localised labels for enum values: an English label (an override, or the value's name split into words), translated.</summary>
public static class EnumText
{
    public static string Label<TEnum>(this IStringLocalizer localizer, TEnum value) where TEnum : struct, Enum =>
        localizer[EnglishLabel(value)];

    /// <summary>English labels where splitting the value's name would not read well.</summary>
    private static readonly Dictionary<Enum, string> Overrides = new()
    {
        [OrganisationType.Police] = "Police (Politie)",
        [OrganisationType.RoyalMarechaussee] = "Royal Netherlands Marechaussee (KMar)",
        [OrganisationType.LabourInspectorate] = "Labour Inspectorate (Inspectie SZW)",
        [OrganisationType.Ind] = "Immigration and Naturalisation Service (IND)",
        [OrganisationType.PublicProsecution] = "Public Prosecution Service (OM)",
        [OrganisationType.CoMensha] = "CoMensha",
        [OrganisationType.Coa] = "Central Agency for the Reception of Asylum Seekers (COA)",
        [OrganisationType.ReturnAndDepartureService] = "Repatriation and Departure Service (DT&V)",
        [OrganisationType.Nidos] = "Nidos (guardianship)",
        [OrganisationType.VictimSupport] = "Victim Support Netherlands (Slachtofferhulp Nederland)",
        [OrganisationType.Iom] = "International Organization for Migration (IOM)",
        [Regions.NoordNederland] = "Noord-Nederland",
        [Regions.OostNederland] = "Oost-Nederland",
        [Regions.MiddenNederland] = "Midden-Nederland",
        [Regions.NoordHolland] = "Noord-Holland",
        [Regions.DenHaag] = "Den Haag",
        [Regions.ZeelandWestBrabant] = "Zeeland-West-Brabant",
        [Regions.OostBrabant] = "Oost-Brabant",
        [Regions.National] = "National",
        [TargetGroups.Lgbtiq] = "LGBTIQ+ people",
        [TargetGroups.EuNationals] = "EU nationals",
        [TargetGroups.NonEuNationals] = "Non-EU nationals",
        [NeedCategory.CarefulTreatmentInCriminalProceedings] = "Careful treatment in criminal proceedings",
    };

    public static string EnglishLabel<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Overrides.TryGetValue(value, out var label) ? label : Humanise(value.ToString());

    /// <summary>"ShelterProvider" → "Shelter provider".</summary>
    private static string Humanise(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c)) builder.Append(' ').Append(char.ToLowerInvariant(c));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    public static IEnumerable<SelectListItem> Options<TEnum>(this IStringLocalizer localizer, TEnum? selected = null, IEnumerable<TEnum>? values = null)
        where TEnum : struct, Enum =>
        (values ?? Enum.GetValues<TEnum>())
            .Select(v => new SelectListItem(localizer.Label(v), v.ToString(), selected.HasValue && selected.Value.Equals(v)))
            .OrderBy(i => i.Text, StringComparer.CurrentCulture);
}
