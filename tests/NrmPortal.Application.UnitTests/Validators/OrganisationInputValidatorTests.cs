using FluentValidation.TestHelper;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Application.UnitTests.Validators;

public sealed class OrganisationInputValidatorTests
{
    private static readonly OrganisationInputValidator Validator = new();
    private static readonly OrganisationInput Valid = new() { Name = "Fier", Type = OrganisationType.ShelterProvider };

    [Fact]
    public void Accepts_a_minimal_organisation() => Validator.TestValidate(Valid).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Requires_name_and_type()
    {
        var result = Validator.TestValidate(new OrganisationInput());

        result.ShouldHaveValidationErrorFor(i => i.Name);
        result.ShouldHaveValidationErrorFor(i => i.Type);
    }

    [Fact]
    public void Limits_the_name_to_its_column_length()
    {
        Validator.TestValidate(Valid with { Name = new string('a', Organisation.NameMaxLength) }).ShouldNotHaveValidationErrorFor(i => i.Name);
        Validator.TestValidate(Valid with { Name = new string('a', Organisation.NameMaxLength + 1) }).ShouldHaveValidationErrorFor(i => i.Name);
    }

    [Theory]
    [InlineData("1234 AB", true)]
    [InlineData("1234ab", true)]
    [InlineData("0123 AB", false)]
    [InlineData("12345", false)]
    [InlineData("1234 A", false)]
    public void Checks_Dutch_postal_codes(string postalCode, bool valid)
    {
        var result = Validator.TestValidate(Valid with { PostalCode = postalCode });

        Assert.Equal(valid, !result.Errors.Any(e => e.PropertyName == nameof(OrganisationInput.PostalCode)));
    }

    [Theory]
    [InlineData("https://fier.nl", true)]
    [InlineData("http://fier.nl", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("fier.nl", false)]
    public void Accepts_only_https_websites(string website, bool valid)
    {
        var result = Validator.TestValidate(Valid with { Website = website });

        Assert.Equal(valid, !result.Errors.Any(e => e.PropertyName == nameof(OrganisationInput.Website)));
    }

    [Fact]
    public void A_published_profile_needs_a_description()
    {
        Validator.TestValidate(Valid with { ProfilePublished = true }).ShouldHaveValidationErrorFor(i => i.Description)
            .WithErrorMessage(OrganisationInputValidator.PublishedNeedsDescription);
        Validator.TestValidate(Valid with { ProfilePublished = true, Description = "Opvang" }).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Refuses_undefined_enum_values_posted_by_hand()
    {
        var result = Validator.TestValidate(Valid with { Type = (OrganisationType)77, RegionsServed = [(Regions)4096] });

        result.ShouldHaveValidationErrorFor(i => i.Type);
        Assert.Contains(result.Errors, e => e.PropertyName.StartsWith(nameof(OrganisationInput.RegionsServed), StringComparison.Ordinal));
    }
}
