using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.UnitTests.Shelter;

/// <summary>Facilities and persons that fit unless a test changes what it is about.</summary>
internal static class ShelterBuilders
{
    /// <summary>Admits everyone: all sexes, any age, all nationality groups, with children.</summary>
    public static readonly AdmissionCriteria Everyone = new(SexesAdmitted.All, null, null, NationalityGroups.All, true, false, false, false);

    public static ShelterFacility Facility(ShelterType type = ShelterType.SocialShelter, int places = 5, AdmissionCriteria? criteria = null) =>
        ShelterFacility.Create(Guid.NewGuid(), "Opvang De Haven", type, places, criteria ?? Everyone, Regions.Rotterdam, "Havenstraat 1, Rotterdam");

    /// <summary>A foreign adult woman in the reflection period, without a report or children.</summary>
    public static ShelterProfile Person(Sex sex = Sex.Female, int? age = 25, NationalityGroup nationality = NationalityGroup.OutsideEu,
        int children = 0, bool reportMade = false, bool reflectionDeclined = false) =>
        new(sex, age, nationality, children, reportMade, reflectionDeclined);

    /// <summary>A facility as it is after someone made it inactive (the domain has no operation for it yet).</summary>
    public static ShelterFacility Inactive(ShelterFacility facility)
    {
        typeof(ShelterFacility).GetProperty(nameof(ShelterFacility.IsActive))!.SetValue(facility, false);
        return facility;
    }
}
