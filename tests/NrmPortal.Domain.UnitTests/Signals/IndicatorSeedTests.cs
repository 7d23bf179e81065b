using System.Globalization;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.UnitTests.Signals;

public sealed class IndicatorSeedTests
{
    private static readonly Dictionary<IndicatorCategory, string> Prefixes = new()
    {
        [IndicatorCategory.CoercionAndControl] = "CC-",
        [IndicatorCategory.WorkingAndLivingConditions] = "WL-",
        [IndicatorCategory.DocumentsAndDebts] = "DD-",
        [IndicatorCategory.SexualExploitation] = "SX-",
        [IndicatorCategory.CriminalExploitation] = "CR-",
        [IndicatorCategory.SignsSpecificToMinors] = "MN-",
    };

    [Fact]
    public void Version_1_has_30_to_40_indicators_with_unique_codes()
    {
        var codes = IndicatorSeed.Version1.Select(i => i.Code).ToList();

        Assert.InRange(codes.Count, 30, 40);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Codes_carry_the_prefix_of_their_category()
    {
        Assert.All(IndicatorSeed.Version1, i =>
        {
            Assert.StartsWith(Prefixes[i.Category], i.Code, StringComparison.Ordinal);
            Assert.Matches("^[A-Z]{2}-[0-9]{2}$", i.Code);
        });
    }

    [Fact]
    public void Every_category_has_at_least_three_indicators()
    {
        foreach (var category in Enum.GetValues<IndicatorCategory>())
        {
            Assert.True(IndicatorSeed.Version1.Count(i => i.Category == category) >= 3, $"{category} has fewer than three indicators.");
        }
    }

    [Fact]
    public void Texts_are_given_in_English_and_Dutch_and_differ()
    {
        Assert.All(IndicatorSeed.Version1, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.TextEn));
            Assert.False(string.IsNullOrWhiteSpace(i.TextNl));
            Assert.NotEqual(i.TextEn, i.TextNl);
        });
    }

    [Fact]
    public void Only_the_minors_category_concerns_minors()
    {
        Assert.All(IndicatorSeed.Version1, i =>
            Assert.Equal(i.Category == IndicatorCategory.SignsSpecificToMinors, i.ConcernsMinors));
    }

    [Fact]
    public void Every_indicator_points_to_a_known_form_of_exploitation()
    {
        Assert.All(IndicatorSeed.Version1, i =>
        {
            Assert.NotEqual(ExploitationForms.None, i.PointsTo);
            Assert.False(i.PointsTo.HasFlag(ExploitationForms.Unknown));
        });
    }

    [Fact]
    public void The_retained_documents_indicator_points_to_every_common_form()
    {
        var documents = Assert.Single(IndicatorSeed.Version1, i => i.Code == "DD-01");

        Assert.Equal(
            ExploitationForms.Sexual | ExploitationForms.Labour | ExploitationForms.ForcedServices | ExploitationForms.Criminal,
            documents.PointsTo);
    }

    [Theory]
    [InlineData(IndicatorSeed.HandlingInstructionEn)]
    [InlineData(IndicatorSeed.HandlingInstructionNl)]
    public void Handling_instruction_sends_to_112_and_CoMensha(string instruction)
    {
        Assert.Contains("112", instruction, StringComparison.Ordinal);
        Assert.Contains("CoMensha", instruction, StringComparison.Ordinal);
        Assert.Contains("Nidos", instruction, StringComparison.Ordinal);
        Assert.Contains("bedenktijd", instruction, StringComparison.Ordinal);
    }

    [Fact]
    public void Handling_instructions_are_numbered_steps_in_both_languages()
    {
        var en = IndicatorSeed.HandlingInstructionEn.Split('\n');
        var nl = IndicatorSeed.HandlingInstructionNl.Split('\n');

        Assert.Equal(en.Length, nl.Length);
        Assert.InRange(en.Length, 5, 8);
        for (var step = 0; step < en.Length; step++)
        {
            var number = (step + 1).ToString(CultureInfo.InvariantCulture) + ". ";
            Assert.StartsWith(number, en[step], StringComparison.Ordinal);
            Assert.StartsWith(number, nl[step], StringComparison.Ordinal);
        }

        Assert.NotEqual(IndicatorSeed.HandlingInstructionEn, IndicatorSeed.HandlingInstructionNl);
    }
}
