namespace NrmPortal.Domain.Organisations;

/// <summary>The public profile an organisation shows in the Wegwijzer once published.</summary>
public sealed record OrganisationProfile(
    string? Description,
    TargetGroups TargetGroups,
    string? Languages,
    string? OpeningHours,
    bool ReachableAroundTheClock,
    bool Published,
    IReadOnlyDictionary<NeedCategory, string?> SupportOffers);
