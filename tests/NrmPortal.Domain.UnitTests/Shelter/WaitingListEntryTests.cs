using NrmPortal.Domain.Common;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.Domain.UnitTests.Shelter;

public sealed class WaitingListEntryTests
{
    private static readonly DateTime Added = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_person_waits_from_the_moment_they_are_added()
    {
        var victimId = Guid.NewGuid();

        var entry = WaitingListEntry.Add(victimId, WaitingList.Cosm, Added);

        Assert.Equal((victimId, WaitingList.Cosm, Added, true), (entry.VictimId, entry.List, entry.AddedAtUtc, entry.IsWaiting));
        Assert.Null(entry.Placed);
        Assert.Null(entry.RemovedAtUtc);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Leaving_the_list_says_whether_the_person_was_placed(bool placed)
    {
        var entry = WaitingListEntry.Add(Guid.NewGuid(), WaitingList.RegularShelter, Added);

        entry.Remove(placed, Added.AddDays(3));

        Assert.Equal((false, placed, Added.AddDays(3)), (entry.IsWaiting, entry.Placed, entry.RemovedAtUtc));
    }

    [Fact]
    public void A_person_leaves_the_list_only_once()
    {
        var entry = WaitingListEntry.Add(Guid.NewGuid(), WaitingList.AsylumReception, Added);
        entry.Remove(placed: true, Added.AddDays(1));

        Assert.Throws<DomainException>(() => entry.Remove(placed: false, Added.AddDays(2)));
        Assert.Equal((true, Added.AddDays(1)), (entry.Placed, entry.RemovedAtUtc));
    }
}
