using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Domain.UnitTests.Organisations;

public sealed class FlagSetTests
{
    [Fact]
    public void There_are_ten_police_regions_and_national()
    {
        Assert.Equal(11, Flags.Each<Regions>().Count);
        Assert.Contains(Regions.National, Flags.Each<Regions>());
    }

    [Fact]
    public void Regions_combine_and_split_back_to_the_same_set()
    {
        Regions[] chosen = [Regions.Amsterdam, Regions.Limburg, Regions.National];

        var combined = Flags.Combine(chosen);

        Assert.Equal(chosen, combined.Split());
        Assert.Empty(Regions.None.Split());
    }

    [Fact]
    public void Target_groups_combine_and_split_back_to_the_same_set()
    {
        TargetGroups[] chosen = [TargetGroups.Men, TargetGroups.UnaccompaniedMinors];

        Assert.Equal(chosen, Flags.Combine(chosen).Split());
    }
}
