using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Signals;

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
        [MeetingContext.ReturnProcess] = "Return process (D9)",
        [MeetingContext.PoliceControl] = "Police check",
        [MeetingContext.SelfReport] = "The person came forward themselves",
        [ExploitationForms.Sexual] = "Sexual exploitation",
        [ExploitationForms.Labour] = "Labour exploitation",
        [ExploitationForms.ForcedServices] = "Forced services, such as begging",
        [ExploitationForms.Criminal] = "Criminal exploitation",
        [ExploitationForms.Unknown] = "Unknown",
        [SignalStatus.New] = "New: waiting for CoMensha",
        [SignalStatus.LinkedToVictim] = "Linked to a registered person",
        [SignalStatus.RegisteredAsNewVictim] = "Registered as a possible victim",
        [SignalStatus.NotTrafficking] = "Closed: not a trafficking signal",
        [NationalityGroup.Eu] = "EU",
        [NrmPortal.Domain.Victims.CloseReason.LeftToUnknownDestination] = "Left to an unknown destination (MOB)",
        [NrmPortal.Domain.Victims.TimelineEventKind.Registered] = "Registered as a possible victim",
        [NrmPortal.Domain.Victims.TimelineEventKind.SignalLinked] = "Signal linked",
        [NrmPortal.Domain.Victims.TimelineEventKind.Closed] = "File closed",
        [NrmPortal.Domain.Victims.VictimFileStatus.Open] = "Open",
        [NrmPortal.Domain.Victims.VictimFileStatus.Closed] = "Closed",
        [NationalityGroup.OutsideEu] = "Outside the EU",
        [HandlingStep.CallEmergencyNumberFirst] = "The person is in immediate danger: call 112 first.",
        [HandlingStep.CoMenshaCoordinatesCare] = "CoMensha coordinates care and shelter. CoMensha now has your signal and contacts you when needed.",
        [HandlingStep.InformAboutReflectionPeriodThroughPolice] = "The person is not Dutch: the police inform them about the reflection period (bedenktijd) of up to three months. Contact the police.",
        [HandlingStep.InvolveYouthCare] = "The person is a minor: involve youth care.",
        [HandlingStep.InvolveNidosGuardianship] = "The person is a foreign minor without a parent or guardian: inform Nidos, the guardianship organisation.",
        [HandlingStep.TreatAsMinorWhileAgeUnknown] = "The age is not known. If the person may be under 18, treat them as a minor until the age is established.",
        [HandlingStep.CheckForParentOrGuardian] = "Check whether a parent or guardian is with the minor. A foreign minor without one: inform Nidos.",
        [HandlingStep.AskNationalityToCheckReflectionPeriod] = "The nationality is not known. If the person is not Dutch, the police inform them about the reflection period (bedenktijd).",
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
