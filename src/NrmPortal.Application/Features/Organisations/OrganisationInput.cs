using System.ComponentModel.DataAnnotations;
using FluentValidation;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Application.Features.Organisations;

/// <summary>The fields an administrator fills in for an organisation; shared by <see cref="CreateOrganisation"/> and <see cref="EditOrganisation"/>.</summary>
public record OrganisationInput
{
    [Display(Name = "Name")] public string Name { get; init; } = "";
    [Display(Name = "Type")] public OrganisationType? Type { get; init; }
    [Display(Name = "Regions served")] public List<Regions> RegionsServed { get; init; } = [];

    [Display(Name = "Street and number")] public string? Street { get; init; }
    [Display(Name = "Postal code")] public string? PostalCode { get; init; }
    [Display(Name = "City")] public string? City { get; init; }
    [Display(Name = "Phone")] public string? Phone { get; init; }
    [Display(Name = "E-mail address")] public string? Email { get; init; }
    [Display(Name = "Website")] public string? Website { get; init; }

    [Display(Name = "Description")] public string? Description { get; init; }
    [Display(Name = "Target groups")] public List<TargetGroups> TargetGroups { get; init; } = [];
    [Display(Name = "Languages")] public string? Languages { get; init; }
    [Display(Name = "Opening hours")] public string? OpeningHours { get; init; }
    [Display(Name = "Reachable 24/7")] public bool ReachableAroundTheClock { get; init; }
    [Display(Name = "Publish profile in the Wegwijzer")] public bool ProfilePublished { get; init; }
    [Display(Name = "Support offers")] public Dictionary<NeedCategory, string?> SupportOffers { get; init; } = [];

    public ContactDetails ToContactDetails() => new(Clean(Street), Clean(PostalCode)?.ToUpperInvariant(), Clean(City), Clean(Phone), Clean(Email), Clean(Website));

    public OrganisationProfile ToProfile() => new(Description, Flags.Combine(TargetGroups), Languages, OpeningHours,
        ReachableAroundTheClock, ProfilePublished, SupportOffers);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Rules for <see cref="OrganisationInput"/>. Uniqueness of the name is checked by each command's own validator.</summary>
public sealed class OrganisationInputValidator : AbstractValidator<OrganisationInput>
{
    public const string PublishedNeedsDescription = "A published profile needs a description.";
    public const string PostalCodeFormat = "Enter a Dutch postal code such as 1234 AB.";
    public const string WebsiteFormat = "Enter a web address that starts with https://.";
    public const string PhoneFormat = "Enter a phone number with digits, spaces, + or -.";

    public OrganisationInputValidator()
    {
        RuleFor(i => i.Name).NotEmpty().MaximumLength(Organisation.NameMaxLength);
        RuleFor(i => i.Type).NotNull().IsInEnum();
        RuleForEach(i => i.RegionsServed).IsInEnum();
        RuleFor(i => i.Street).MaximumLength(Organisation.StreetMaxLength);
        RuleFor(i => i.PostalCode).Matches(@"^\s*[1-9][0-9]{3}\s?[a-zA-Z]{2}\s*$").WithMessage(PostalCodeFormat)
            .When(i => !string.IsNullOrWhiteSpace(i.PostalCode));
        RuleFor(i => i.City).MaximumLength(Organisation.CityMaxLength);
        RuleFor(i => i.Phone).MaximumLength(Organisation.PhoneMaxLength).Matches(@"^[0-9 +()\-]{6,}$").WithMessage(PhoneFormat)
            .When(i => !string.IsNullOrWhiteSpace(i.Phone));
        RuleFor(i => i.Email).MaximumLength(Organisation.EmailMaxLength).EmailAddress()
            .When(i => !string.IsNullOrWhiteSpace(i.Email));
        RuleFor(i => i.Website).MaximumLength(Organisation.WebsiteMaxLength)
            .Must(w => Uri.TryCreate(w?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps).WithMessage(WebsiteFormat)
            .When(i => !string.IsNullOrWhiteSpace(i.Website));
        RuleFor(i => i.Description).MaximumLength(Organisation.DescriptionMaxLength);
        RuleFor(i => i.Description).NotEmpty().WithMessage(PublishedNeedsDescription).When(i => i.ProfilePublished);
        RuleForEach(i => i.TargetGroups).IsInEnum();
        RuleFor(i => i.Languages).MaximumLength(Organisation.LanguagesMaxLength);
        RuleFor(i => i.OpeningHours).MaximumLength(Organisation.OpeningHoursMaxLength);
        RuleForEach(i => i.SupportOffers).ChildRules(offer =>
        {
            offer.RuleFor(o => o.Key).IsInEnum();
            offer.RuleFor(o => o.Value).MaximumLength(Organisation.SupportOfferMaxLength);
        });
    }
}
