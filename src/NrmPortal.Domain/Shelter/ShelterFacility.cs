using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Domain.Shelter;

/// <summary>What a facility admits, as the facility states it. The "excludes" flags cannot be matched automatically and are shown as caveats.</summary>
public sealed record AdmissionCriteria(
    SexesAdmitted Sexes, int? MinimumAge, int? MaximumAge, NationalityGroups Nationalities, bool AcceptsAccompanyingChildren,
    bool ExcludesCouples, bool ExcludesAcutePsychiatricProblems, bool ExcludesAddictionProblems);

/// <summary>
/// A shelter or care facility of a provider organisation, with its places. <see cref="Occupied"/> counts requested and
/// confirmed placements; it never exceeds <see cref="Places"/>: a reservation changes the facility's version, so two
/// coordinators taking the last place at once cannot both succeed. The address is confidential (brief §5.6).
/// </summary>
public sealed class ShelterFacility : IVersioned, ITracksChanges
{
    public const int NameMaxLength = 150;
    public const int AddressMaxLength = 300;
    public const int MaximumPlaces = 1000;

    private ShelterFacility() { } // for EF Core

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; } = "";
    public ShelterType Type { get; private set; }
    public int Places { get; private set; }
    public int Occupied { get; private set; }
    public AdmissionCriteria Criteria { get; private set; } = null!;
    public Regions Region { get; private set; }
    /// <summary>Visible only to the provider and CoMensha.</summary>
    public string? ConfidentialAddress { get; private set; }
    public bool IsActive { get; private set; }

    public Guid Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    public int FreePlaces => Math.Max(0, Places - Occupied);

    public static ShelterFacility Create(Guid organisationId, string name, ShelterType type, int places, AdmissionCriteria criteria, Regions region, string? address)
    {
        var facility = new ShelterFacility { Id = Guid.CreateVersion7(), OrganisationId = organisationId, IsActive = true };
        facility.Change(name, type, places, criteria, region, address);
        return facility;
    }

    public void Change(string name, ShelterType type, int places, AdmissionCriteria criteria, Regions region, string? address)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Give the facility a name.");
        if (places is < 0 or > MaximumPlaces) throw new DomainException("The number of places must be between 0 and 1000.");
        if (places < Occupied) throw new DomainException("There are more people placed than the new number of places; end or transfer placements first.");
        if (criteria.MinimumAge > criteria.MaximumAge) throw new DomainException("The minimum age is higher than the maximum age.");
        if (criteria.Sexes == SexesAdmitted.None || criteria.Nationalities == NationalityGroups.None)
            throw new DomainException("Choose at least one sex and one nationality group the facility admits.");
        Name = name.Trim();
        Type = type;
        Places = places;
        Criteria = criteria;
        Region = region;
        ConfidentialAddress = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
    }

    /// <summary>Takes the facility out of matching (closed, or no longer contracted); only when nobody is placed there.</summary>
    public void SetActive(bool active)
    {
        if (!active && Occupied > 0) throw new DomainException(StillOccupiedMessage);
        IsActive = active;
    }

    public const string StillOccupiedMessage = "People are placed here. End or transfer their placements before making the facility inactive.";

    /// <summary>Takes one place; refused when none is free (the caller reloads and shows the new situation).</summary>
    public void Reserve()
    {
        if (!IsActive || Occupied >= Places) throw new DomainException(NoFreePlaceMessage);
        Occupied++;
    }

    public void Release()
    {
        if (Occupied > 0) Occupied--;
    }

    public const string NoFreePlaceMessage = "This facility has no free place any more: someone else has just taken it. The list shows the places as they are now.";
}
