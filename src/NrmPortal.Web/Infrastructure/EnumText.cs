using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Deadlines;
using NrmPortal.Domain.Residence;
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
        [ReflectionEndReason.LeftToUnknownDestination] = "Left to an unknown destination (MOB)",
        [CooperationKind.Report] = "Report (aangifte)",
        [ProsecutionDecisionKind.Prosecute] = "Decision to prosecute",
        [ProsecutionDecisionKind.Dismissal] = "Dismissal (sepot)",
        [ProsecutionDecisionKind.Conviction] = "Irrevocable conviction",
        [ComplaintOutcome.Pending] = "Complaint pending",
        [ComplaintOutcome.Upheld] = "Complaint upheld",
        [ComplaintOutcome.Rejected] = "Complaint rejected",
        [ApplicationKind.TemporaryAfterCooperation] = "Temporary B8.3 permit after a report or cooperation",
        [ApplicationKind.TemporaryCannotCooperate] = "Temporary B8.3 permit for those who cannot cooperate (one year)",
        [ApplicationKind.NonTemporaryHumanitarian] = "Non-temporary humanitarian permit (continued residence)",
        [ApplicationKind.RegularOther] = "Other regular permit",
        [ResidenceRegulation.B9] = "B9 (before 1 June 2013)",
        [ResidenceRegulation.B8Section3] = "B8/3",
        [ReflectionState.None] = "No reflection period",
        [ReflectionState.Running] = "Reflection period running",
        [ReflectionState.Declined] = "Reflection period declined",
        [ReflectionState.Ended] = "Reflection period ended",
        [CaseState.NoReport] = "No report",
        [CaseState.UnderInvestigation] = "Report made: under investigation",
        [CaseState.Prosecuting] = "Being prosecuted",
        [CaseState.Dismissed] = "Dismissed (sepot)",
        [ResidenceState.None] = "No residence procedure",
        [ResidenceState.TemporaryApplied] = "Temporary permit applied for",
        [ResidenceState.TemporaryRefused] = "Temporary permit refused",
        [ResidenceState.TemporaryPermit] = "Temporary B8.3 permit",
        [ResidenceState.WithdrawalIntended] = "Intention to withdraw the permit",
        [ResidenceState.ContinuedResidenceApplied] = "Continued residence applied for",
        [ResidenceState.NonTemporaryPermit] = "Non-temporary humanitarian permit",
        [ResidenceState.Withdrawn] = "Permit withdrawn",
        [TrackStep.OfferReflection] = "Offer a reflection period",
        [TrackStep.EndReflectionEarly] = "End the reflection period early",
        [TrackStep.RecordCooperation] = "Record a report or cooperation",
        [TrackStep.DecideToProsecute] = "Record a decision to prosecute",
        [TrackStep.Dismiss] = "Record a dismissal",
        [TrackStep.Convict] = "Record a conviction",
        [TrackStep.Acquit] = "Record an acquittal",
        [TrackStep.RecordComplaintOutcome] = "Record the outcome of the complaint",
        [TrackStep.ApplyTemporaryPermit] = "Record an application for the temporary permit",
        [TrackStep.ApplyCannotCooperatePermit] = "Record an application for the cannot-cooperate permit",
        [TrackStep.DecideTemporaryPermit] = "Record the decision on the temporary permit",
        [TrackStep.ExtendPermit] = "Extend the permit",
        [TrackStep.IntendWithdrawal] = "Announce the intention to withdraw",
        [TrackStep.WithdrawPermit] = "Withdraw the permit",
        [TrackStep.ApplyContinuedResidence] = "Record an application for continued residence",
        [TrackStep.DecideContinuedResidence] = "Record the decision on continued residence",
        [TrackEventKind.ReflectionOffered] = "Reflection period offered",
        [TrackEventKind.ReflectionDeclined] = "Reflection period declined",
        [TrackEventKind.ReflectionStarted] = "Reflection period started",
        [TrackEventKind.ReflectionEndedEarly] = "Reflection period ended early",
        [TrackEventKind.ReflectionEnded] = "Reflection period ended",
        [TrackEventKind.CooperationRecorded] = "Report or cooperation recorded",
        [TrackEventKind.DecisionToProsecute] = "Decision to prosecute",
        [TrackEventKind.Dismissed] = "Case dismissed (sepot)",
        [TrackEventKind.Convicted] = "Irrevocable conviction",
        [TrackEventKind.Acquitted] = "Acquittal",
        [TrackEventKind.ComplaintUpheld] = "Complaint upheld",
        [TrackEventKind.ComplaintRejected] = "Complaint rejected",
        [TrackEventKind.ApplicationMade] = "Application",
        [TrackEventKind.ApplicationGranted] = "Permit granted",
        [TrackEventKind.ApplicationRefused] = "Application refused",
        [TrackEventKind.PermitExtended] = "Permit extended",
        [TrackEventKind.WithdrawalIntended] = "Intention to withdraw the permit",
        [TrackEventKind.PermitWithdrawn] = "Permit withdrawn",
        [NonTemporaryGround.IrrevocableConviction] = "Irrevocable conviction",
        [NonTemporaryGround.ThreeYearsAtRuling] = "Three years on a B8.3 permit at the time of the court's ruling",
        [NonTemporaryGround.CasePendingAfterThreeYears] = "The case is still pending after three years on a B8.3 permit",
        [NonTemporaryGround.CannotCooperateYearEnded] = "The one-year cannot-cooperate permit has ended: qualifies if the threat continues (the IND assesses)",
        [DeadlineKind.ReflectionPeriodEnding] = "Reflection period ends",
        [DeadlineKind.ApplicationToRecord] = "Report made: record the residence application",
        [DeadlineKind.PermitExpiring] = "Temporary permit expires",
        [DeadlineKind.CannotCooperatePermitEnding] = "One-year cannot-cooperate permit ends",
        [DeadlineKind.ThreeYearPointReached] = "Three years on a B8.3 permit",
        [DeadlineKind.ContinuedResidenceDecisionOverdue] = "Decision on continued residence due",
        [DeadlineKind.SignalNotTriaged] = "Signal not yet triaged",
        [DeadlineKind.ReceptionEntitlementEnded] = "Entitlement to reception ended: end the allowance",
        [DeadlineKind.MinorTurns18] = "Minor under guardianship turns 18",
        [NrmPortal.Domain.Victims.TimelineEventKind.GuardianSet] = "Guardianship organisation recorded",
        [NrmPortal.Domain.Reception.EntitlementBasis.ReflectionPeriod] = "Reflection period running",
        [NrmPortal.Domain.Reception.EntitlementBasis.PermitApplied] = "Report made: B8.3 application pending",
        [NrmPortal.Domain.Reception.EntitlementBasis.TemporaryPermit] = "Temporary B8.3 permit",
        [NrmPortal.Domain.Reception.EntitlementBasis.WithdrawalIntended] = "Temporary B8.3 permit (withdrawal intended)",
        [NrmPortal.Domain.Reception.EntitlementBasis.ContinuedResidenceApplied] = "Temporary B8.3 permit (continued residence applied for)",
        [NrmPortal.Domain.Reception.EntitlementEndReason.NoBasis] = "No reflection period, report or B8.3 permit",
        [NrmPortal.Domain.Reception.EntitlementEndReason.ReflectionEndedWithoutReport] = "Reflection period ended without a report",
        [NrmPortal.Domain.Reception.EntitlementEndReason.PermitWithdrawn] = "Permit withdrawn",
        [NrmPortal.Domain.Reception.EntitlementEndReason.PermitRefused] = "Temporary permit refused",
        [NrmPortal.Domain.Reception.EntitlementEndReason.NonTemporaryPermit] = "Non-temporary permit: regular benefits take over",
        [NrmPortal.Domain.Reception.EntitlementEndReason.DutchNational] = "Dutch national: not entitled to COA reception",
        [NrmPortal.Domain.Reception.ReceptionEndReason.EntitlementEnded] = "The entitlement ended",
        [NrmPortal.Domain.Reception.ReceptionEndReason.MovedToRegularBenefits] = "Moved to regular benefits",
        [NrmPortal.Domain.Reception.ReceptionEndReason.LeftReception] = "Left the reception",
        [NrmPortal.Domain.Reception.ReceptionEndReason.Departed] = "Departed from the Netherlands",
        [NrmPortal.Domain.Reception.ReceptionEndReason.LeftToUnknownDestination] = "Left to an unknown destination (MOB)",
        [TrackArea.Reflection] = "Reflection period",
        [TrackArea.CriminalCase] = "Report and criminal case",
        [TrackArea.Residence] = "Residence (IND)",
        [HandlingStep.CallEmergencyNumberFirst] = "The person is in immediate danger: call 112 first.",
        [HandlingStep.CoMenshaCoordinatesCare] = "CoMensha coordinates care and shelter. CoMensha now has your signal and contacts you when needed.",
        [HandlingStep.InformAboutReflectionPeriodThroughPolice] = "The person is not Dutch: the police inform them about the reflection period (bedenktijd) of up to three months. Contact the police.",
        [HandlingStep.InvolveYouthCare] = "The person is a minor: involve youth care.",
        [HandlingStep.InvolveNidosGuardianship] = "The person is a foreign minor without a parent or guardian: inform Nidos, the guardianship organisation.",
        [HandlingStep.TreatAsMinorWhileAgeUnknown] = "The age is not known. If the person may be under 18, treat them as a minor until the age is established.",
        [HandlingStep.CheckForParentOrGuardian] = "Check whether a parent or guardian is with the minor. A foreign minor without one: inform Nidos.",
        [HandlingStep.AskNationalityToCheckReflectionPeriod] = "The nationality is not known. If the person is not Dutch, the police inform them about the reflection period (bedenktijd).",
    };

    /// <summary>The label of an enum value whose type is only known at run time (a timeline event's detail).</summary>
    public static string LabelOf(this IStringLocalizer localizer, Enum value) =>
        localizer[Overrides.TryGetValue(value, out var label) ? label : Humanise(value.ToString())];

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
