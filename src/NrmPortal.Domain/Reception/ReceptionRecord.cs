using NrmPortal.Domain.Common;

namespace NrmPortal.Domain.Reception;

/// <summary>Why COA ended the allowance.</summary>
public enum ReceptionEndReason
{
    EntitlementEnded,
    MovedToRegularBenefits,
    LeftReception,
    Departed,
    LeftToUnknownDestination,
    Other,
}

/// <summary>
/// COA's record of reception and an allowance (verstrekkingen) for one person: from when, until when if known, whether
/// health costs are covered, and when and why it ended. One open record per person; a later period is a new record.
/// COA may only start one while the person is entitled (<see cref="ReceptionEntitlement"/>).
/// </summary>
public sealed class ReceptionRecord : IVersioned, ITracksChanges
{
    private ReceptionRecord() { } // for EF Core

    public Guid Id { get; private set; }
    public Guid VictimId { get; private set; }
    /// <summary>The COA organisation that provides the reception.</summary>
    public Guid CoaOrganisationId { get; private set; }
    public DateOnly AllowanceFrom { get; private set; }
    public DateOnly? AllowanceUntil { get; private set; }
    /// <summary>Health costs are covered (Regeling Zorg Asielzoekers through COA).</summary>
    public bool HealthCostCover { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public ReceptionEndReason? EndReason { get; private set; }
    public bool IsOpen => EndedOn is null;

    public Guid Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    /// <summary>Starts the allowance. The caller has checked the entitlement; its start is the earliest possible date.</summary>
    public static ReceptionRecord Start(Guid victimId, Guid coaOrganisationId, Entitlement entitlement, DateOnly from, DateOnly? until,
        bool healthCostCover, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entitlement);
        if (!entitlement.IsEntitled) throw new DomainException(NotEntitled);
        if (from > today) throw new DomainException("A date cannot lie in the future.");
        if (entitlement.From is { } start && from < start) throw new DomainException(BeforeEntitlement);
        var record = new ReceptionRecord { Id = Guid.CreateVersion7(), VictimId = victimId, CoaOrganisationId = coaOrganisationId, AllowanceFrom = from };
        record.Change(until, healthCostCover);
        return record;
    }

    public void Change(DateOnly? until, bool healthCostCover)
    {
        if (!IsOpen) throw new DomainException(AlreadyEnded);
        if (until < AllowanceFrom) throw new DomainException(UntilBeforeFrom);
        AllowanceUntil = until;
        HealthCostCover = healthCostCover;
    }

    public void End(DateOnly on, ReceptionEndReason reason, DateOnly today)
    {
        if (!IsOpen) throw new DomainException(AlreadyEnded);
        if (!Enum.IsDefined(reason)) throw new DomainException("Unknown reason.");
        if (on > today) throw new DomainException("A date cannot lie in the future.");
        if (on < AllowanceFrom) throw new DomainException(EndBeforeFrom);
        EndedOn = on;
        EndReason = reason;
    }

    public const string NotEntitled = "This person is not entitled to reception and an allowance: there is no running reflection period, pending B8.3 application or temporary B8.3 permit.";
    public const string BeforeEntitlement = "The allowance cannot start before the entitlement starts.";
    public const string AlreadyEnded = "The allowance has already ended.";
    public const string UntilBeforeFrom = "The end date lies before the start of the allowance.";
    public const string EndBeforeFrom = "The allowance cannot end before it started.";
}
