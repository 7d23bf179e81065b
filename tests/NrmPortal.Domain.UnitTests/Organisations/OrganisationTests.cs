using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Domain.UnitTests.Organisations;

public sealed class OrganisationTests
{
    private static readonly Dictionary<NeedCategory, string?> NoOffers = [];

    [Fact]
    public void Creates_an_active_organisation_with_a_client_generated_id_and_trimmed_name()
    {
        var organisation = Organisation.Create("  CoMensha  ", OrganisationType.CoMensha, Regions.National, ContactDetails.Empty);

        Assert.NotEqual(Guid.Empty, organisation.Id);
        Assert.Equal(7, organisation.Id.Version);
        Assert.Equal("CoMensha", organisation.Name);
        Assert.True(organisation.IsActive);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_an_organisation_without_a_name(string name) =>
        Assert.Throws<DomainException>(() => Organisation.Create(name, OrganisationType.Other, Regions.None, ContactDetails.Empty));

    [Fact]
    public void Refuses_an_undefined_type() =>
        Assert.Throws<DomainException>(() => Organisation.Create("X", (OrganisationType)999, Regions.None, ContactDetails.Empty));

    [Fact]
    public void Refuses_to_publish_a_profile_without_description()
    {
        var organisation = Organisation.Create("X", OrganisationType.ShelterProvider, Regions.Rotterdam, ContactDetails.Empty);

        Assert.Throws<DomainException>(() => organisation.ChangeProfile(new OrganisationProfile(" ", TargetGroups.None, null, null, false, true, NoOffers)));
        Assert.False(organisation.ProfilePublished);
    }

    [Fact]
    public void Keeps_only_support_offers_with_text_and_replaces_earlier_ones()
    {
        var organisation = Organisation.Create("X", OrganisationType.ShelterProvider, Regions.Rotterdam, ContactDetails.Empty);
        organisation.ChangeProfile(new OrganisationProfile("Opvang", TargetGroups.Women, null, null, false, true,
            new Dictionary<NeedCategory, string?> { [NeedCategory.Shelter] = "Bedden", [NeedCategory.LegalHelp] = "Advocaat" }));

        organisation.ChangeProfile(new OrganisationProfile("Opvang", TargetGroups.Women | TargetGroups.Minors, " Nederlands ", null, true, true,
            new Dictionary<NeedCategory, string?> { [NeedCategory.Shelter] = " 24 bedden ", [NeedCategory.LegalHelp] = "  ", [NeedCategory.PracticalHelp] = null }));

        var offer = Assert.Single(organisation.SupportOffers);
        Assert.Equal(new SupportOffer(NeedCategory.Shelter, "24 bedden"), offer);
        Assert.Equal("Nederlands", organisation.Languages);
        Assert.True(organisation.ReachableAroundTheClock);
        Assert.Equal(TargetGroups.Women | TargetGroups.Minors, organisation.TargetGroups);
    }

    [Fact]
    public void Deactivates_with_a_time_and_reactivates_clearing_it()
    {
        var organisation = Organisation.Create("X", OrganisationType.Municipality, Regions.Limburg, ContactDetails.Empty);
        var now = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

        organisation.Deactivate(now);
        var deactivatedAt = organisation.DeactivatedAtUtc;
        organisation.Reactivate();

        Assert.Equal(now, deactivatedAt);
        Assert.True(organisation.IsActive);
        Assert.Null(organisation.DeactivatedAtUtc);
    }

    [Fact]
    public void Refuses_to_deactivate_twice_or_reactivate_an_active_organisation()
    {
        var organisation = Organisation.Create("X", OrganisationType.Municipality, Regions.Limburg, ContactDetails.Empty);

        Assert.Throws<DomainException>(organisation.Reactivate);
        organisation.Deactivate(DateTime.UtcNow);
        Assert.Throws<DomainException>(() => organisation.Deactivate(DateTime.UtcNow));
    }
}
