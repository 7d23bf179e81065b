namespace NrmPortal.Domain.Organisations;

/// <summary>The victim's needs that the Wegwijzer is organised by (domain brief §6.1, 004:L315–318).</summary>
public enum NeedCategory
{
    Shelter,
    MedicalOrPsychologicalHelp,
    LegalHelp,
    PracticalHelp,
    InvestigationOfTheOffender,
    CarefulTreatmentInCriminalProceedings,
}
