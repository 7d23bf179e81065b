using NrmPortal.Domain.Common;

namespace NrmPortal.Domain.Shelter;

/// <summary>
/// A person's place in a facility: requested by CoMensha (the place is taken from that moment), placed when the shelter
/// confirms arrival, ended when the person leaves or is transferred. One active placement per person.
/// </summary>
public sealed class Placement : IVersioned, ITracksChanges
{
    private Placement() { } // for EF Core

    public Guid Id { get; private set; }
    public Guid VictimId { get; private set; }
    public Guid FacilityId { get; private set; }
    public PlacementStatus Status { get; private set; }
    /// <summary>True while requested or placed; a unique index on VictimId over the active placements keeps one per person.</summary>
    public bool IsActive { get; private set; }
    public DateTime RequestedAtUtc { get; private set; }
    public DateOnly? ArrivedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public PlacementEndReason? EndReason { get; private set; }
    public TransferReason? TransferReason { get; private set; }
    /// <summary>The placement this one was transferred from, if any.</summary>
    public Guid? TransferredFromId { get; private set; }

    public Guid Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    /// <summary>Requests a place: the facility's place must have been reserved in the same unit of work.</summary>
    public static Placement Request(Guid victimId, Guid facilityId, DateTime nowUtc, Guid? transferredFromId = null, TransferReason? reason = null) => new()
    {
        Id = Guid.CreateVersion7(),
        VictimId = victimId,
        FacilityId = facilityId,
        Status = PlacementStatus.Requested,
        IsActive = true,
        RequestedAtUtc = nowUtc,
        TransferredFromId = transferredFromId,
        TransferReason = reason,
    };

    /// <summary>The shelter confirms the person arrived.</summary>
    public void ConfirmArrival(DateOnly on, DateOnly today)
    {
        if (Status != PlacementStatus.Requested) throw new DomainException("Arrival can only be confirmed for a requested place.");
        if (on > today) throw new DomainException("A date cannot lie in the future.");
        if (on < DutchCalendar.DateOf(RequestedAtUtc)) throw new DomainException("The arrival date lies before the place was requested.");
        Status = PlacementStatus.Placed;
        ArrivedOn = on;
    }

    /// <summary>Ends the placement; a requested place that was never taken up ends as "not arrived".</summary>
    public void End(DateOnly on, PlacementEndReason reason, DateOnly today)
    {
        if (Status == PlacementStatus.Ended) throw new DomainException("This placement has already ended.");
        if (on > today) throw new DomainException("A date cannot lie in the future.");
        if (ArrivedOn is { } arrived && on < arrived) throw new DomainException("The end date lies before the arrival date.");
        if (Status == PlacementStatus.Requested && reason is not (PlacementEndReason.NotArrived or PlacementEndReason.Transferred))
            throw new DomainException("The person has not arrived: end the request as 'not arrived' or transfer it.");
        if (Status == PlacementStatus.Placed && reason == PlacementEndReason.NotArrived)
            throw new DomainException("The person has arrived: record how they left.");
        Status = PlacementStatus.Ended;
        IsActive = false;
        EndedOn = on;
        EndReason = reason;
    }
}
