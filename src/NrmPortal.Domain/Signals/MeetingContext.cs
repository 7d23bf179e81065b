namespace NrmPortal.Domain.Signals;

/// <summary>How and where the reporter met the person (domain brief §2.2, S0: who signals).</summary>
public enum MeetingContext
{
    ShelterIntake,
    AsylumProcedure,
    ReturnProcess,
    LabourInspection,
    HealthCare,
    YouthCare,
    PoliceControl,
    SelfReport,
    Other,
}
