using NrmPortal.Domain.Common;

namespace NrmPortal.Domain.Organisations;

/// <summary>
/// An organisation in the referral mechanism. Every user belongs to exactly one. Its public profile is what the Wegwijzer shows.
/// </summary>
public sealed class Organisation : IVersioned, ITracksChanges
{
    public const int NameMaxLength = 200;
    public const int StreetMaxLength = 200;
    public const int PostalCodeMaxLength = 10;
    public const int CityMaxLength = 100;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 254;
    public const int WebsiteMaxLength = 300;
    public const int DescriptionMaxLength = 4000;
    public const int SupportOfferMaxLength = 2000;
    public const int LanguagesMaxLength = 200;
    public const int OpeningHoursMaxLength = 500;

    private readonly List<SupportOffer> _supportOffers = [];

    private Organisation() { } // for EF Core

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The name in upper case, unique across organisations (an index enforces it on both providers).</summary>
    public string NormalizedName { get; private set; } = "";
    public OrganisationType Type { get; private set; }
    public Regions RegionsServed { get; private set; }
    public ContactDetails Contact { get; private set; } = ContactDetails.Empty;

    public string? ProfileDescription { get; private set; }
    public TargetGroups TargetGroups { get; private set; }
    public string? Languages { get; private set; }
    public string? OpeningHours { get; private set; }
    public bool ReachableAroundTheClock { get; private set; }
    public bool ProfilePublished { get; private set; }
    public IReadOnlyCollection<SupportOffer> SupportOffers => _supportOffers.AsReadOnly();

    public bool IsActive { get; private set; }
    public DateTime? DeactivatedAtUtc { get; private set; }

    public Guid Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    public static Organisation Create(string name, OrganisationType type, Regions regionsServed, ContactDetails contact)
    {
        var organisation = new Organisation { Id = Guid.CreateVersion7(), IsActive = true };
        organisation.ChangeDetails(name, type, regionsServed, contact);
        return organisation;
    }

    public void ChangeDetails(string name, OrganisationType type, Regions regionsServed, ContactDetails contact)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("An organisation needs a name.");
        if (!Enum.IsDefined(type)) throw new DomainException("Unknown organisation type.");
        Name = name.Trim();
        NormalizedName = NormaliseName(name);
        Type = type;
        RegionsServed = regionsServed;
        Contact = contact;
    }

    public void ChangeProfile(OrganisationProfile profile)
    {
        if (profile.Published && string.IsNullOrWhiteSpace(profile.Description))
            throw new DomainException("A published profile needs a description.");
        ProfileDescription = Normalise(profile.Description);
        TargetGroups = profile.TargetGroups;
        Languages = Normalise(profile.Languages);
        OpeningHours = Normalise(profile.OpeningHours);
        ReachableAroundTheClock = profile.ReachableAroundTheClock;
        ProfilePublished = profile.Published;

        // Keep offers that did not change, so an edit writes (and audits) only what really changed.
        var wanted = profile.SupportOffers
            .Where(o => !string.IsNullOrWhiteSpace(o.Value))
            .Select(o => new SupportOffer(o.Key, o.Value!.Trim()))
            .ToList();
        _supportOffers.RemoveAll(existing => !wanted.Contains(existing));
        _supportOffers.AddRange(wanted.Where(offer => !_supportOffers.Contains(offer)));
    }

    public void Deactivate(DateTime nowUtc)
    {
        if (!IsActive) throw new DomainException("The organisation is already inactive.");
        IsActive = false;
        DeactivatedAtUtc = nowUtc;
    }

    public void Reactivate()
    {
        if (IsActive) throw new DomainException("The organisation is already active.");
        IsActive = true;
        DeactivatedAtUtc = null;
    }

    public static string NormaliseName(string name) => name.Trim().ToUpperInvariant();

    private static string? Normalise(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
