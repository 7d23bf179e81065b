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

    /// <summary>
    /// The 30-second time step of the last authenticator code accepted for this user. A code is accepted only for a later
    /// step, so a code (or an older one) cannot be used twice (<see cref="TotpAuthenticatorTokenProvider"/>).
    /// </summary>
    public long? LastTotpTimeStep { get; set; }
}
