using NrmPortal.Domain.Common;

namespace NrmPortal.Domain.Privacy;

/// <summary>
/// Break-the-glass: read-only access to one record outside the user's relation, for an emergency the user states in a reason
/// of at least <see cref="ReasonMinLength"/> characters. It runs for <see cref="Duration"/>; every read under it is logged as
/// break-the-glass with the reason, and a privacy officer reviews it afterwards (justified or not, with a comment). The
/// review is stored here, not in the access log, which is never changed.
/// </summary>
public sealed class BreakGlassGrant : IVersioned
{
    public const int ReasonMinLength = 20;
    public const int ReasonMaxLength = 500;
    public const int EntityTypeMaxLength = 100;
    public const int CommentMaxLength = 1000;
    public static readonly TimeSpan Duration = TimeSpan.FromHours(8);

    public const string ReasonTooShort = "State the reason for the emergency access in at least 20 characters.";
    public const string AlreadyReviewed = "This break-the-glass access has already been reviewed.";

    private BreakGlassGrant() { } // for EF Core

    public BreakGlassGrant(Guid userId, Guid organisationId, string entityType, Guid entityId, string reason, DateTime grantedAtUtc)
    {
        reason = reason?.Trim() ?? "";
        if (reason.Length < ReasonMinLength) throw new DomainException(ReasonTooShort);
        Id = Guid.CreateVersion7();
        UserId = userId;
        OrganisationId = organisationId;
        EntityType = entityType;
        EntityId = entityId;
        Reason = reason.Length <= ReasonMaxLength ? reason : reason[..ReasonMaxLength];
        GrantedAtUtc = grantedAtUtc;
        ExpiresAtUtc = grantedAtUtc + Duration;
        Version = Guid.CreateVersion7();
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string EntityType { get; private set; } = "";
    public Guid EntityId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime GrantedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public bool? Justified { get; private set; }
    public string? ReviewComment { get; private set; }
    public Guid Version { get; private set; }

    public bool IsActiveAt(DateTime nowUtc) => GrantedAtUtc <= nowUtc && nowUtc < ExpiresAtUtc;

    public bool IsReviewed => ReviewedAtUtc is not null;

    /// <summary>The privacy officer's verdict; once.</summary>
    public void Review(Guid officerId, bool justified, string? comment, DateTime nowUtc)
    {
        if (IsReviewed) throw new DomainException(AlreadyReviewed);
        ReviewedAtUtc = nowUtc;
        ReviewedBy = officerId;
        Justified = justified;
        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        ReviewComment = trimmed is { Length: > CommentMaxLength } ? trimmed[..CommentMaxLength] : trimmed;
    }
}
