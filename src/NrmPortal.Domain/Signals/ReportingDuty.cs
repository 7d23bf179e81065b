using NrmPortal.Domain.Organisations;

namespace NrmPortal.Domain.Signals;

/// <summary>
/// Police, KMar and the Labour Inspectorate must report every possible victim to CoMensha "at the slightest indication"
/// (meldplicht, domain brief §2.2 S1, L5542–5560). Their signals need no consent; everyone else asks the person first.
/// </summary>
public static class ReportingDuty
{
    public static bool AppliesTo(OrganisationType reporter) =>
        reporter is OrganisationType.Police or OrganisationType.RoyalMarechaussee or OrganisationType.LabourInspectorate;
}
