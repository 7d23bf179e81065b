namespace NrmPortal.Domain.Signals;

/// <summary>The steps of the handling instruction (handelingsinstructie) that can apply to a signal.</summary>
public enum HandlingStep
{
    CallEmergencyNumberFirst,
    CoMenshaCoordinatesCare,
    InformAboutReflectionPeriodThroughPolice,
    InvolveYouthCare,
    InvolveNidosGuardianship,
    AskNationalityToCheckReflectionPeriod,
    TreatAsMinorWhileAgeUnknown,
    CheckForParentOrGuardian,
}
