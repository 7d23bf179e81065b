namespace NrmPortal.Domain.Organisations;

/// <summary>The kinds of organisation in the referral mechanism (domain brief §1, §3.4). Stored as text.</summary>
public enum OrganisationType
{
    Police,
    RoyalMarechaussee,
    LabourInspectorate,
    Ind,
    PublicProsecution,
    CoMensha,
    Coa,
    ReturnAndDepartureService,
    Nidos,
    ShelterProvider,
    CareProvider,
    YouthCare,
    Municipality,
    VictimSupport,
    Iom,
    Other,
}
