using NrmPortal.Domain.Signals;
using static NrmPortal.Domain.Signals.HandlingStep;

namespace NrmPortal.Domain.UnitTests.Signals;

public sealed class HandlingInstructionTests
{
    [Fact]
    public void Everyone_goes_to_CoMensha_and_danger_comes_first()
    {
        Assert.Equal([CoMenshaCoordinatesCare], HandlingInstruction.For(false, NationalityGroup.Dutch, 30, null));
        Assert.Equal([CallEmergencyNumberFirst, CoMenshaCoordinatesCare], HandlingInstruction.For(true, NationalityGroup.Dutch, 30, null));
    }

    [Theory]
    [InlineData(NationalityGroup.Eu)]
    [InlineData(NationalityGroup.OutsideEu)]
    public void Foreign_nationals_including_EU_citizens_hear_of_the_reflection_period_through_the_police(NationalityGroup group) =>
        Assert.Contains(InformAboutReflectionPeriodThroughPolice, HandlingInstruction.For(false, group, 25, null));

    [Fact]
    public void Dutch_nationals_get_no_reflection_period_step_and_unknown_nationality_asks_to_find_out()
    {
        Assert.DoesNotContain(InformAboutReflectionPeriodThroughPolice, HandlingInstruction.For(false, NationalityGroup.Dutch, 25, null));
        Assert.Contains(AskNationalityToCheckReflectionPeriod, HandlingInstruction.For(false, NationalityGroup.Unknown, 25, null));
    }

    [Theory]
    [InlineData(17, true)]
    [InlineData(18, false)]
    public void Minors_go_to_youth_care_up_to_their_eighteenth_birthday(int age, bool youthCare) =>
        Assert.Equal(youthCare, HandlingInstruction.For(false, NationalityGroup.Dutch, age, null).Contains(InvolveYouthCare));

    [Theory]
    [InlineData(NationalityGroup.OutsideEu, 17, false, true)]  // unaccompanied foreign minor: Nidos
    [InlineData(NationalityGroup.OutsideEu, 17, true, false)]  // with a parent or guardian
    [InlineData(NationalityGroup.OutsideEu, 17, null, false)]  // not known whether accompanied: not assumed
    [InlineData(NationalityGroup.Dutch, 17, false, false)]     // Nidos is for foreign minors
    [InlineData(NationalityGroup.Eu, 18, false, false)]        // an adult
    public void Nidos_is_involved_for_unaccompanied_foreign_minors(NationalityGroup group, int age, bool? accompanied, bool nidos) =>
        Assert.Equal(nidos, HandlingInstruction.For(false, group, age, accompanied).Contains(InvolveNidosGuardianship));

    [Fact]
    public void Unknown_age_means_treating_the_person_as_a_minor_while_in_doubt()
    {
        var steps = HandlingInstruction.For(false, NationalityGroup.OutsideEu, null, false);

        Assert.Contains(TreatAsMinorWhileAgeUnknown, steps);
        Assert.DoesNotContain(InvolveYouthCare, steps);
    }

    [Theory]
    [InlineData(NationalityGroup.OutsideEu, null, true)]  // foreign minor, not known whether accompanied
    [InlineData(NationalityGroup.Unknown, false, true)]   // unaccompanied minor of unknown nationality
    [InlineData(NationalityGroup.OutsideEu, true, false)] // accompanied
    [InlineData(NationalityGroup.OutsideEu, false, false)] // unaccompanied: Nidos straight away instead
    [InlineData(NationalityGroup.Dutch, null, false)]
    public void A_minor_who_may_be_foreign_or_unaccompanied_gets_a_check_for_a_guardian(NationalityGroup group, bool? accompanied, bool check) =>
        Assert.Equal(check, HandlingInstruction.For(false, group, 15, accompanied).Contains(CheckForParentOrGuardian));
}
