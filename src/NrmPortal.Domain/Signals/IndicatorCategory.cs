namespace NrmPortal.Domain.Signals;

/// <summary>How the single indicator list groups its indicators (issue: the single indicator list).</summary>
public enum IndicatorCategory
{
    CoercionAndControl,
    WorkingAndLivingConditions,
    DocumentsAndDebts,
    SexualExploitation,
    CriminalExploitation,
    SignsSpecificToMinors,
}
