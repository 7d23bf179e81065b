using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.UnitTests.Signals;

public sealed class CountriesTests
{
    [Fact]
    public void Lists_every_officially_assigned_ISO_code_once_sorted_by_code()
    {
        // 249 officially assigned ISO 3166-1 alpha-2 codes; Kosovo (user-assigned "XK") is deliberately not included.
        Assert.Equal(249, Countries.All.Count);
        Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Countries.All, c => Assert.Matches("^[A-Z]{2}$", c.Code));
        Assert.Equal(Countries.All.Select(c => c.Code).Order(StringComparer.Ordinal), Countries.All.Select(c => c.Code));
        Assert.DoesNotContain(Countries.All, c => c.Code == "XK");
    }

    [Fact]
    public void Every_country_has_an_English_and_a_Dutch_name()
    {
        Assert.All(Countries.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.NameEn));
            Assert.False(string.IsNullOrWhiteSpace(c.NameNl));
        });
    }

    [Fact]
    public void There_are_27_EU_members_including_the_Netherlands()
    {
        string[] members = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "HU"];

        var actual = Countries.All.Where(c => c.IsEuMember).Select(c => c.Code);

        Assert.Equal(members.Order(StringComparer.Ordinal), actual);
        Assert.True(Countries.Find(Countries.NetherlandsCode)!.IsEuMember);
        Assert.False(Countries.Find("GB")!.IsEuMember);
    }

    [Theory]
    [InlineData(null, NationalityGroup.Unknown)]
    [InlineData("", NationalityGroup.Unknown)]
    [InlineData("   ", NationalityGroup.Unknown)]
    [InlineData("ZZ", NationalityGroup.Unknown)]
    [InlineData("XK", NationalityGroup.Unknown)]
    [InlineData("NLD", NationalityGroup.Unknown)]
    [InlineData("NL", NationalityGroup.Dutch)]
    [InlineData("nl", NationalityGroup.Dutch)]
    [InlineData("de", NationalityGroup.Eu)]
    [InlineData(" ro ", NationalityGroup.Eu)]
    [InlineData("BG", NationalityGroup.Eu)]
    [InlineData("NG", NationalityGroup.OutsideEu)]
    [InlineData("GB", NationalityGroup.OutsideEu)]
    [InlineData("UA", NationalityGroup.OutsideEu)]
    public void Groups_nationality_codes_as_Dutch_EU_or_outside_EU(string? code, NationalityGroup expected) =>
        Assert.Equal(expected, Countries.GroupOf(code));

    [Fact]
    public void Finds_a_country_by_code_ignoring_case_and_surrounding_spaces()
    {
        var romania = Countries.Find(" ro ");

        Assert.NotNull(romania);
        Assert.Equal("RO", romania.Code);
        Assert.Equal("Romania", romania.NameEn);
        Assert.Equal("Roemenië", romania.NameNl);
        Assert.Same(Countries.Find("RO"), Countries.Find("ro"));
        Assert.Equal("Verenigde Staten", Countries.Find("us")!.NameNl);
        Assert.Equal("Duitsland", Countries.Find("De")!.NameNl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("ZZ")]
    [InlineData("N")]
    public void Does_not_find_an_empty_or_unknown_code(string? code)
    {
        Assert.Null(Countries.Find(code));
        Assert.False(Countries.IsKnown(code));
    }

    [Theory]
    [InlineData("AX")]
    [InlineData("BQ")]
    [InlineData("CW")]
    [InlineData("SX")]
    [InlineData("vn")]
    public void Knows_territories_and_other_assigned_codes(string code) => Assert.True(Countries.IsKnown(code));
}
