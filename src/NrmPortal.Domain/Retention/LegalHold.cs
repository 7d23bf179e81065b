using NrmPortal.Domain.Common;

namespace NrmPortal.Domain.Retention;

/// <summary>
/// A legal hold on a victim file or a signal: while it is on, neither the retention job nor an erasure request anonymises
/// the record (for example during criminal proceedings or a complaint). A privacy officer places and lifts it, each time with
/// a reason; the last placing and the last lifting are kept, every change is in the audit trail.
/// </summary>
public sealed record LegalHold(
    bool IsOn, string? Reason, Guid? PlacedBy, DateTime? PlacedAtUtc, string? LiftReason, Guid? LiftedBy, DateTime? LiftedAtUtc)
{
    public const int ReasonMaxLength = 500;

    public static LegalHold None { get; } = new(false, null, null, null, null, null, null);

    public LegalHold Place(string reason, Guid by, DateTime nowUtc)
    {
        if (IsOn) throw new DomainException("A legal hold is already on.");
        return this with { IsOn = true, Reason = Checked(reason), PlacedBy = by, PlacedAtUtc = nowUtc };
    }

    public LegalHold Lift(string reason, Guid by, DateTime nowUtc)
    {
        if (!IsOn) throw new DomainException("There is no legal hold to lift.");
        return this with { IsOn = false, LiftReason = Checked(reason), LiftedBy = by, LiftedAtUtc = nowUtc };
    }

    private static string Checked(string reason)
    {
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text)) throw new DomainException("Give the reason.");
        if (text.Length > ReasonMaxLength) throw new DomainException("The reason can be at most 500 characters long.");
        return text;
    }
}

/// <summary>The refusal when a record under legal hold would be anonymised.</summary>
public static class LegalHoldRefusal
{
    public const string Message = "This record is under a legal hold: it cannot be anonymised until a privacy officer lifts the hold.";
}

/// <summary>The reference an anonymised record gets instead of its CM- or SIG- number: nothing in it points to the person.</summary>
public static class AnonymousReference
{
    public const string Prefix = "ANON-";

    public static string For(Guid id) => Prefix + id.ToString("N")[^12..].ToUpperInvariant();
}
