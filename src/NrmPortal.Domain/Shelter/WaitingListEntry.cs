using NrmPortal.Domain.Common;

namespace NrmPortal.Domain.Shelter;

/// <summary>A person waiting on one of CoMensha's lists; the position follows from the time added.</summary>
public sealed class WaitingListEntry : IVersioned, ITracksChanges
{
    private WaitingListEntry() { } // for EF Core

    public Guid Id { get; private set; }
    public Guid VictimId { get; private set; }
    public WaitingList List { get; private set; }
    public DateTime AddedAtUtc { get; private set; }
    /// <summary>True while waiting; a unique index on (VictimId, List, IsWaiting) keeps one entry per person and list.</summary>
    public bool IsWaiting { get; private set; }
    public DateTime? RemovedAtUtc { get; private set; }
    /// <summary>Whether the person left the list because they were placed (otherwise removed for another reason).</summary>
    public bool? Placed { get; private set; }

    public Guid Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    public static WaitingListEntry Add(Guid victimId, WaitingList list, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(), VictimId = victimId, List = list, AddedAtUtc = nowUtc, IsWaiting = true,
    };

    public void Remove(bool placed, DateTime nowUtc)
    {
        if (!IsWaiting) throw new DomainException("This person is no longer on the waiting list.");
        IsWaiting = false;
        Placed = placed;
        RemovedAtUtc = nowUtc;
    }
}
