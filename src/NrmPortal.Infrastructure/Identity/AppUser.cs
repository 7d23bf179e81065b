using Microsoft.AspNetCore.Identity;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Infrastructure.Identity;

/// <summary>A portal user. Belongs to exactly one organisation and holds exactly one role.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>Set by an administrator (and for new accounts): the user must choose a new password before doing anything else.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
