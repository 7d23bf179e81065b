using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.Shelter;

/// <summary>What matching knows about the person: from the victim file and the reflection track.</summary>
public sealed record ShelterProfile(Sex Sex, int? Age, NationalityGroup Nationality, int AccompanyingChildren, bool ReportMade, bool ReflectionDeclined);

/// <summary>
/// Who each kind of place is for, in one place (brief §2.4, §3.5):
/// COSM is for foreign adults in the reflection period, before a report (L7980–7981, L7992–7994; Dutch and EU victims
/// only in individual cases from 2015, which CoMensha decides outside the matching); protected shelter (BO) is for minors
/// of 13 to 17; a Nidos foster family for children of 12 or younger (L6199–6200). A facility's own criteria come on top.
/// </summary>
public static class ShelterRules
{
    public const int ProtectedShelterMinimumAge = 13;
    public const int FosterFamilyMaximumAge = 12;

    public static IReadOnlyList<MismatchReason> WhyNotFit(ShelterFacility facility, ShelterProfile person)
    {
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentNullException.ThrowIfNull(person);
        var reasons = new List<MismatchReason>();
        if (!facility.IsActive) reasons.Add(MismatchReason.FacilityInactive);
        if (facility.FreePlaces <= 0) reasons.Add(MismatchReason.NoFreePlace);

        switch (facility.Type)
        {
            // The men's shelter is COSM's men's location (Jade, brief §1.2, §3.5): the same rules.
            case ShelterType.Cosm or ShelterType.MensShelter:
                if (person.Nationality == NationalityGroup.Dutch) reasons.Add(MismatchReason.CosmIsForForeignVictims);
                if (person.Age is < Age.AdultAge) reasons.Add(MismatchReason.CosmIsForAdults);
                if (person.ReportMade || person.ReflectionDeclined) reasons.Add(MismatchReason.CosmIsForTheReflectionPeriod);
                break;
            case ShelterType.ProtectedShelterForMinors:
                if (person.Age is not (>= ProtectedShelterMinimumAge and < Age.AdultAge)) reasons.Add(MismatchReason.ProtectedShelterIsForMinors13To17);
                break;
            case ShelterType.NidosFosterFamily:
                if (person.Age is not <= FosterFamilyMaximumAge) reasons.Add(MismatchReason.FosterFamilyIsForChildren12OrYounger);
                break;
        }

        var criteria = facility.Criteria;
        if (!criteria.Sexes.HasFlag(SexFlag(person.Sex))) reasons.Add(MismatchReason.SexNotAdmitted);
        if (criteria.MinimumAge is not null || criteria.MaximumAge is not null)
        {
            if (person.Age is not { } age) reasons.Add(MismatchReason.AgeUnknown);
            else if (age < criteria.MinimumAge) reasons.Add(MismatchReason.TooYoung);
            else if (age > criteria.MaximumAge) reasons.Add(MismatchReason.TooOld);
        }
        if (person.Nationality != NationalityGroup.Unknown && !criteria.Nationalities.HasFlag(NationalityFlag(person.Nationality)))
            reasons.Add(MismatchReason.NationalityNotAdmitted);
        if (person.AccompanyingChildren > 0 && !criteria.AcceptsAccompanyingChildren) reasons.Add(MismatchReason.ChildrenNotAdmitted);
        return reasons.Distinct().ToList();
    }

    /// <summary>The waiting list a kind of place belongs to; null for kinds CoMensha keeps no list for.</summary>
    public static WaitingList? ListFor(ShelterType type) => type switch
    {
        ShelterType.Cosm or ShelterType.MensShelter => WaitingList.Cosm,
        ShelterType.WomensShelter or ShelterType.SocialShelter or ShelterType.FollowOnShelter or ShelterType.CrisisShelter
            => WaitingList.RegularShelter,
        _ => null,
    };

    /// <summary>Unknown sex is not refused: the coordinator checks it with the facility.</summary>
    private static SexesAdmitted SexFlag(Sex sex) => sex switch
    {
        Sex.Female => SexesAdmitted.Women,
        Sex.Male => SexesAdmitted.Men,
        Sex.Other => SexesAdmitted.Other,
        _ => SexesAdmitted.None,
    };

    private static NationalityGroups NationalityFlag(NationalityGroup group) => group switch
    {
        NationalityGroup.Dutch => NationalityGroups.Dutch,
        NationalityGroup.Eu => NationalityGroups.Eu,
        _ => NationalityGroups.OutsideEu,
    };
}
