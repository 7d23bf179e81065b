using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Signals;
using static NrmPortal.Domain.UnitTests.Shelter.ShelterBuilders;

namespace NrmPortal.Domain.UnitTests.Shelter;

/// <summary>Who each kind of place is for and the facility's own criteria, every reason at its edges.</summary>
public sealed class ShelterRulesTests
{
    private static IReadOnlyList<MismatchReason> Why(ShelterFacility facility, ShelterProfile person) => ShelterRules.WhyNotFit(facility, person);

    private static MismatchReason[] When(bool refused, MismatchReason reason) => refused ? [reason] : [];

    private static MismatchReason[] Only(MismatchReason? reason) => reason is { } r ? [r] : [];

    [Theory]
    [InlineData(ShelterType.SocialShelter)]
    [InlineData(ShelterType.WomensShelter)]
    [InlineData(ShelterType.Cosm)]
    [InlineData(ShelterType.Other)]
    public void A_facility_that_admits_everyone_fits_a_foreign_adult_in_the_reflection_period(ShelterType type) =>
        Assert.Empty(Why(Facility(type), Person()));

    // COSM: foreign adults in the reflection period, before a report.

    [Fact]
    public void The_mens_shelter_follows_the_COSM_rules() =>
        Assert.Equal([MismatchReason.CosmIsForForeignVictims, MismatchReason.CosmIsForTheReflectionPeriod],
            Why(Facility(ShelterType.MensShelter), Person(nationality: NationalityGroup.Dutch, reportMade: true)));

    [Theory]
    [InlineData(NationalityGroup.Dutch, true)]
    [InlineData(NationalityGroup.Eu, false)]
    [InlineData(NationalityGroup.OutsideEu, false)]
    public void Cosm_is_for_foreign_victims(NationalityGroup nationality, bool refused)
    {
        var reasons = Why(Facility(ShelterType.Cosm), Person(nationality: nationality));

        Assert.Equal(When(refused, MismatchReason.CosmIsForForeignVictims), reasons);
    }

    [Theory]
    [InlineData(17, true)]
    [InlineData(18, false)]
    [InlineData(19, false)]
    public void Cosm_is_for_adults(int age, bool refused) =>
        Assert.Equal(When(refused, MismatchReason.CosmIsForAdults), Why(Facility(ShelterType.Cosm), Person(age: age)));

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Cosm_is_for_the_reflection_period_before_a_report(bool reportMade, bool reflectionDeclined) =>
        Assert.Equal([MismatchReason.CosmIsForTheReflectionPeriod],
            Why(Facility(ShelterType.Cosm), Person(reportMade: reportMade, reflectionDeclined: reflectionDeclined)));

    [Fact]
    public void The_cosm_rules_hold_for_other_kinds_of_place_neither()
    {
        var dutchMinorWithReport = Person(age: 17, nationality: NationalityGroup.Dutch, reportMade: true);

        Assert.Empty(Why(Facility(ShelterType.SocialShelter), dutchMinorWithReport));
        Assert.Equal([MismatchReason.CosmIsForForeignVictims, MismatchReason.CosmIsForAdults, MismatchReason.CosmIsForTheReflectionPeriod],
            Why(Facility(ShelterType.Cosm), dutchMinorWithReport));
    }

    // Protected shelter (BO): minors of 13 to 17.

    [Theory]
    [InlineData(12, true)]
    [InlineData(13, false)]
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(null, true)]
    public void Protected_shelter_is_for_minors_of_13_to_17(int? age, bool refused) =>
        Assert.Equal(When(refused, MismatchReason.ProtectedShelterIsForMinors13To17),
            Why(Facility(ShelterType.ProtectedShelterForMinors), Person(age: age)));

    // Nidos foster family: children of 12 or younger.

    [Theory]
    [InlineData(0, false)]
    [InlineData(12, false)]
    [InlineData(13, true)]
    [InlineData(null, true)]
    public void A_foster_family_is_for_children_of_12_or_younger(int? age, bool refused) =>
        Assert.Equal(When(refused, MismatchReason.FosterFamilyIsForChildren12OrYounger),
            Why(Facility(ShelterType.NidosFosterFamily), Person(age: age)));

    // The facility's own criteria.

    [Theory]
    [InlineData(Sex.Female, false)]
    [InlineData(Sex.Male, true)]
    [InlineData(Sex.Other, true)]
    [InlineData(Sex.Unknown, false)] // the coordinator checks it with the facility
    public void A_facility_for_women_admits_women(Sex sex, bool refused)
    {
        var womenOnly = Facility(ShelterType.WomensShelter, criteria: Everyone with { Sexes = SexesAdmitted.Women });

        Assert.Equal(When(refused, MismatchReason.SexNotAdmitted), Why(womenOnly, Person(sex: sex)));
    }

    [Theory]
    [InlineData(SexesAdmitted.Men | SexesAdmitted.Other, Sex.Female, true)]
    [InlineData(SexesAdmitted.Men | SexesAdmitted.Other, Sex.Male, false)]
    [InlineData(SexesAdmitted.Men | SexesAdmitted.Other, Sex.Other, false)]
    [InlineData(SexesAdmitted.Other, Sex.Male, true)]
    public void The_sexes_admitted_are_a_set(SexesAdmitted admitted, Sex sex, bool refused) =>
        Assert.Equal(When(refused, MismatchReason.SexNotAdmitted), Why(Facility(criteria: Everyone with { Sexes = admitted }), Person(sex: sex)));

    [Theory]
    [InlineData(17, MismatchReason.TooYoung)]
    [InlineData(18, null)]
    [InlineData(23, null)]
    [InlineData(24, null)]
    [InlineData(25, MismatchReason.TooOld)]
    public void The_minimum_and_maximum_age_are_inclusive(int age, MismatchReason? reason)
    {
        var youngAdults = Facility(criteria: Everyone with { MinimumAge = 18, MaximumAge = 24 });

        Assert.Equal(Only(reason), Why(youngAdults, Person(age: age)));
    }

    [Theory]
    [InlineData(20, null, 19, MismatchReason.TooYoung)]
    [InlineData(20, null, 20, null)]
    [InlineData(20, null, 99, null)]
    [InlineData(null, 20, 0, null)]
    [InlineData(null, 20, 20, null)]
    [InlineData(null, 20, 21, MismatchReason.TooOld)]
    [InlineData(16, 16, 16, null)]
    public void An_age_criterion_may_have_one_bound(int? minimum, int? maximum, int age, MismatchReason? reason) =>
        Assert.Equal(Only(reason), Why(Facility(criteria: Everyone with { MinimumAge = minimum, MaximumAge = maximum }), Person(age: age)));

    [Theory]
    [InlineData(18, null)]
    [InlineData(null, 30)]
    [InlineData(18, 30)]
    public void An_unknown_age_does_not_fit_a_facility_with_an_age_criterion(int? minimum, int? maximum) =>
        Assert.Equal([MismatchReason.AgeUnknown], Why(Facility(criteria: Everyone with { MinimumAge = minimum, MaximumAge = maximum }), Person(age: null)));

    [Fact]
    public void An_unknown_age_fits_a_facility_without_an_age_criterion() =>
        Assert.Empty(Why(Facility(), Person(age: null)));

    [Theory]
    [InlineData(NationalityGroups.Dutch, NationalityGroup.Dutch, false)]
    [InlineData(NationalityGroups.Dutch, NationalityGroup.Eu, true)]
    [InlineData(NationalityGroups.Dutch, NationalityGroup.OutsideEu, true)]
    [InlineData(NationalityGroups.Eu, NationalityGroup.Dutch, true)]
    [InlineData(NationalityGroups.Eu, NationalityGroup.Eu, false)]
    [InlineData(NationalityGroups.Eu, NationalityGroup.OutsideEu, true)]
    [InlineData(NationalityGroups.OutsideEu, NationalityGroup.OutsideEu, false)]
    [InlineData(NationalityGroups.OutsideEu, NationalityGroup.Eu, true)]
    [InlineData(NationalityGroups.Dutch | NationalityGroups.Eu, NationalityGroup.Eu, false)]
    [InlineData(NationalityGroups.Dutch | NationalityGroups.Eu, NationalityGroup.OutsideEu, true)]
    [InlineData(NationalityGroups.Eu | NationalityGroups.OutsideEu, NationalityGroup.Dutch, true)]
    [InlineData(NationalityGroups.All, NationalityGroup.Dutch, false)]
    public void The_nationality_groups_admitted_are_a_set(NationalityGroups admitted, NationalityGroup nationality, bool refused) =>
        Assert.Equal(When(refused, MismatchReason.NationalityNotAdmitted),
            Why(Facility(criteria: Everyone with { Nationalities = admitted }), Person(nationality: nationality)));

    [Theory]
    [InlineData(NationalityGroups.Dutch)]
    [InlineData(NationalityGroups.Eu)]
    [InlineData(NationalityGroups.OutsideEu)]
    public void An_unknown_nationality_is_not_refused(NationalityGroups admitted) =>
        Assert.Empty(Why(Facility(criteria: Everyone with { Nationalities = admitted }), Person(nationality: NationalityGroup.Unknown)));

    [Theory]
    [InlineData(0, false, false)]
    [InlineData(1, false, true)]
    [InlineData(3, false, true)]
    [InlineData(1, true, false)]
    [InlineData(0, true, false)]
    public void Accompanying_children_need_a_facility_that_accepts_them(int children, bool accepted, bool refused) =>
        Assert.Equal(When(refused, MismatchReason.ChildrenNotAdmitted),
            Why(Facility(criteria: Everyone with { AcceptsAccompanyingChildren = accepted }), Person(children: children)));

    [Fact]
    public void The_excluding_criteria_are_caveats_not_refusals() =>
        Assert.Empty(Why(Facility(criteria: Everyone with { ExcludesCouples = true, ExcludesAcutePsychiatricProblems = true, ExcludesAddictionProblems = true }), Person()));

    // The facility itself.

    [Fact]
    public void An_inactive_facility_does_not_fit() =>
        Assert.Equal([MismatchReason.FacilityInactive], Why(Inactive(Facility()), Person()));

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(1, 0, false)]
    [InlineData(1, 1, true)]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    public void A_facility_without_a_free_place_does_not_fit(int places, int reserved, bool refused)
    {
        var facility = Facility(places: places);
        for (var i = 0; i < reserved; i++) facility.Reserve();

        Assert.Equal(When(refused, MismatchReason.NoFreePlace), Why(facility, Person()));
    }

    [Fact]
    public void Every_reason_is_given_at_once()
    {
        var facility = Facility(ShelterType.Cosm, places: 0,
            new(SexesAdmitted.Women, 21, 30, NationalityGroups.OutsideEu, false, false, false, false));

        var reasons = Why(facility, Person(Sex.Male, 17, NationalityGroup.Dutch, children: 1, reportMade: true));

        Assert.Equal(
            [MismatchReason.NoFreePlace, MismatchReason.CosmIsForForeignVictims, MismatchReason.CosmIsForAdults, MismatchReason.CosmIsForTheReflectionPeriod,
             MismatchReason.SexNotAdmitted, MismatchReason.TooYoung, MismatchReason.NationalityNotAdmitted, MismatchReason.ChildrenNotAdmitted],
            reasons);
    }

    [Fact]
    public void Every_reason_is_covered_by_these_tests()
    {
        // If a reason is added, give it its edge cases here.
        Assert.Equal(13, Enum.GetValues<MismatchReason>().Length);
    }

    [Theory]
    [InlineData(ShelterType.Cosm, WaitingList.Cosm)]
    [InlineData(ShelterType.MensShelter, WaitingList.Cosm)] // the COSM men's location
    [InlineData(ShelterType.WomensShelter, WaitingList.RegularShelter)]
    [InlineData(ShelterType.SocialShelter, WaitingList.RegularShelter)]
    [InlineData(ShelterType.FollowOnShelter, WaitingList.RegularShelter)]
    [InlineData(ShelterType.CrisisShelter, WaitingList.RegularShelter)]
    [InlineData(ShelterType.ProtectedShelterForMinors, null)]
    [InlineData(ShelterType.NidosFosterFamily, null)]
    [InlineData(ShelterType.YouthCare, null)]
    [InlineData(ShelterType.ClosedYouthCare, null)]
    [InlineData(ShelterType.Other, null)]
    public void Each_kind_of_place_has_its_waiting_list(ShelterType type, WaitingList? list) =>
        Assert.Equal(list, ShelterRules.ListFor(type));
}
