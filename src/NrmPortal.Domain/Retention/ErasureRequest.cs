using NrmPortal.Domain.Common;

namespace NrmPortal.Domain.Retention;

/// <summary>The ground of AVG (GDPR) art. 17(1) on which the person asked for erasure.</summary>
public enum ErasureGround
{
    /// <summary>Art. 17(1)(a): no longer necessary for the purposes.</summary>
    NoLongerNecessary,
    /// <summary>Art. 17(1)(b): consent withdrawn, and no other legal ground.</summary>
    ConsentWithdrawn,
    /// <summary>Art. 17(1)(c): objection under art. 21, no overriding legitimate grounds.</summary>
    Objection,
    /// <summary>Art. 17(1)(d): unlawfully processed.</summary>
    UnlawfullyProcessed,
    /// <summary>Art. 17(1)(e): erasure required by a legal obligation.</summary>
    LegalObligation,
}

public enum ErasureRequestStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// A request to erase a person's data (AVG art. 17), filed by one privacy officer and decided by a second, different one
/// (four eyes, ASVS 5.0 2.3.5). On approval the person's file is anonymised at once; a legal hold refuses the approval.
/// The reason must not contain personal data: it stays after the data are erased.
/// </summary>
public sealed class ErasureRequest : IVersioned, ITracksChanges
{
    public const int TextMaxLength = 500;
    public const string SameOfficer = "You filed this request yourself: a second privacy officer must decide on it.";
    public const string AlreadyDecided = "This request has already been decided.";

    private ErasureRequest() { } // for EF Core

    public Guid Id { get; private set; }
    public Guid VictimId { get; private set; }
    public ErasureGround Ground { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid RequestedBy { get; private set; }
    public DateTime RequestedAtUtc { get; private set; }
    public ErasureRequestStatus Status { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecisionNote { get; private set; }

    public Guid Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    public static ErasureRequest File(Guid victimId, ErasureGround ground, string reason, Guid requestedBy, DateTime nowUtc)
    {
        if (!Enum.IsDefined(ground)) throw new DomainException("Choose the ground for erasure.");
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text)) throw new DomainException("Give the reason.");
        if (text.Length > TextMaxLength) throw new DomainException("The reason can be at most 500 characters long.");
        return new ErasureRequest
        {
            Id = Guid.CreateVersion7(), VictimId = victimId, Ground = ground, Reason = text, RequestedBy = requestedBy,
            RequestedAtUtc = nowUtc, Status = ErasureRequestStatus.Pending,
        };
    }

    /// <summary>The second officer approves; the caller then anonymises the person's data in the same unit of work.</summary>
    public void Approve(Guid officer, string? note, DateTime nowUtc) => Decide(ErasureRequestStatus.Approved, officer, note, nowUtc);

    public void Reject(Guid officer, string? note, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(note)) throw new DomainException("Give the reason for rejecting the request.");
        Decide(ErasureRequestStatus.Rejected, officer, note, nowUtc);
    }

    private void Decide(ErasureRequestStatus outcome, Guid officer, string? note, DateTime nowUtc)
    {
        if (Status != ErasureRequestStatus.Pending) throw new DomainException(AlreadyDecided);
        if (officer == RequestedBy) throw new DomainException(SameOfficer);
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text?.Length > TextMaxLength) throw new DomainException("The note can be at most 500 characters long.");
        Status = outcome;
        DecidedBy = officer;
        DecidedAtUtc = nowUtc;
        DecisionNote = text;
    }
}
