namespace NrmPortal.Domain.Signals;

/// <summary>
/// The handling instruction tailored to one signal (domain brief §6.2, §2.2 S1–S2, §2.4):
/// immediate danger → call 112 first; everyone → CoMensha coordinates care (reporting duty, §2.2 S1);
/// a foreign national (EU nationals included since 1 June 2013, §2.2 S2) → the police inform about the reflection period;
/// nationality unknown → find it out, as the reflection period depends on it;
/// a minor → youth care; an unaccompanied foreign minor → Nidos, the guardian of unaccompanied minors (§1.2); a minor who may
/// be foreign or unaccompanied → check for a parent or guardian; age unknown → treat as a minor while in doubt
/// (EU Directive 2011/36 art. 13(2)).
/// </summary>
public static class HandlingInstruction
{
    public static IReadOnlyList<HandlingStep> For(bool immediateDanger, NationalityGroup nationality, int? age, bool? accompaniedByParentOrGuardian)
    {
        var steps = new List<HandlingStep>();
        if (immediateDanger) steps.Add(HandlingStep.CallEmergencyNumberFirst);
        steps.Add(HandlingStep.CoMenshaCoordinatesCare);

        var foreign = nationality is NationalityGroup.Eu or NationalityGroup.OutsideEu;
        if (foreign) steps.Add(HandlingStep.InformAboutReflectionPeriodThroughPolice);
        else if (nationality == NationalityGroup.Unknown) steps.Add(HandlingStep.AskNationalityToCheckReflectionPeriod);

        if (age is null)
        {
            // EU Directive 2011/36 art. 13(2): where the age is uncertain and there are reasons to believe the person is a
            // child, presume a child. The reporter decides on those reasons; the step says what the presumption means.
            steps.Add(HandlingStep.TreatAsMinorWhileAgeUnknown);
        }
        else if (Age.IsMinor(age.Value))
        {
            steps.Add(HandlingStep.InvolveYouthCare);
            if (nationality != NationalityGroup.Dutch)
            {
                if (accompaniedByParentOrGuardian == false && foreign) steps.Add(HandlingStep.InvolveNidosGuardianship);
                else if (accompaniedByParentOrGuardian is null || !foreign) steps.Add(HandlingStep.CheckForParentOrGuardian);
            }
        }
        return steps;
    }
}
