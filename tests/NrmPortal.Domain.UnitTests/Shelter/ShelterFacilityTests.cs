using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Shelter;
using static NrmPortal.Domain.UnitTests.Shelter.ShelterBuilders;

namespace NrmPortal.Domain.UnitTests.Shelter;

/// <summary>A facility's places: taken one by one up to the number of places, given back, never fewer places than people.</summary>
public sealed class ShelterFacilityTests
{
    [Fact]
    public void Creates_an_active_facility_with_trimmed_texts_and_no_one_placed()
    {
        var facility = ShelterFacility.Create(Guid.NewGuid(), "  De Haven  ", ShelterType.Cosm, 4, Everyone, Regions.Amsterdam, "  Kade 1  ");

        Assert.Equal(7, facility.Id.Version);
        Assert.True(facility.IsActive);
        Assert.Equal("De Haven", facility.Name);
        Assert.Equal("Kade 1", facility.ConfidentialAddress);
        Assert.Equal((4, 0, 4), (facility.Places, facility.Occupied, facility.FreePlaces));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_address_is_no_address(string? address) =>
        Assert.Null(ShelterFacility.Create(Guid.NewGuid(), "X", ShelterType.Cosm, 1, Everyone, Regions.Amsterdam, address).ConfidentialAddress);

    [Fact]
    public void Places_are_taken_up_to_the_number_of_places_and_then_refused()
    {
        var facility = Facility(places: 3);

        facility.Reserve();
        facility.Reserve();
        facility.Reserve();
        var refused = Assert.Throws<DomainException>(facility.Reserve);

        Assert.Equal(ShelterFacility.NoFreePlaceMessage, refused.Message);
        Assert.Equal((3, 3, 0), (facility.Places, facility.Occupied, facility.FreePlaces));
    }

    [Fact]
    public void A_facility_without_places_takes_no_one() =>
        Assert.Equal(ShelterFacility.NoFreePlaceMessage, Assert.Throws<DomainException>(Facility(places: 0).Reserve).Message);

    [Fact]
    public void An_inactive_facility_takes_no_one()
    {
        var facility = Inactive(Facility(places: 3));

        Assert.Equal(ShelterFacility.NoFreePlaceMessage, Assert.Throws<DomainException>(facility.Reserve).Message);
        Assert.Equal(0, facility.Occupied);
    }

    [Fact]
    public void A_released_place_can_be_taken_again()
    {
        var facility = Facility(places: 1);
        facility.Reserve();

        facility.Release();
        Assert.Equal((0, 1), (facility.Occupied, facility.FreePlaces));
        facility.Reserve();
        Assert.Equal((1, 0), (facility.Occupied, facility.FreePlaces));
    }

    [Fact]
    public void Releasing_an_empty_facility_keeps_it_at_zero()
    {
        var facility = Facility(places: 2);

        facility.Release();

        Assert.Equal((0, 2), (facility.Occupied, facility.FreePlaces));
    }

    [Fact]
    public void The_number_of_places_cannot_drop_below_the_people_placed()
    {
        var facility = Facility(places: 3);
        facility.Reserve();
        facility.Reserve();

        Assert.Throws<DomainException>(() => facility.Change("X", ShelterType.SocialShelter, 1, Everyone, Regions.Rotterdam, null));
        Assert.Equal(3, facility.Places);
        facility.Change("X", ShelterType.SocialShelter, 2, Everyone, Regions.Rotterdam, null);
        Assert.Equal((2, 2, 0), (facility.Places, facility.Occupied, facility.FreePlaces));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(ShelterFacility.MaximumPlaces + 1)]
    public void The_number_of_places_lies_between_0_and_1000(int places) =>
        Assert.Throws<DomainException>(() => Facility(places: places));

    [Theory]
    [InlineData(0)]
    [InlineData(ShelterFacility.MaximumPlaces)]
    public void The_number_of_places_may_be_0_or_1000(int places) =>
        Assert.Equal(places, Facility(places: places).Places);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_facility_needs_a_name(string name) =>
        Assert.Throws<DomainException>(() => ShelterFacility.Create(Guid.NewGuid(), name, ShelterType.Cosm, 1, Everyone, Regions.Amsterdam, null));

    [Fact]
    public void The_minimum_age_cannot_be_higher_than_the_maximum_age()
    {
        Assert.Throws<DomainException>(() => Facility(criteria: Everyone with { MinimumAge = 19, MaximumAge = 18 }));
        Assert.Equal(18, Facility(criteria: Everyone with { MinimumAge = 18, MaximumAge = 18 }).Criteria.MaximumAge);
    }

    [Fact]
    public void A_facility_admits_at_least_one_sex_and_one_nationality_group()
    {
        Assert.Throws<DomainException>(() => Facility(criteria: Everyone with { Sexes = SexesAdmitted.None }));
        Assert.Throws<DomainException>(() => Facility(criteria: Everyone with { Nationalities = NationalityGroups.None }));
    }
}
