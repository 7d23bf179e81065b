namespace NrmPortal.Application.Common.Abstractions;

/// <summary>
/// User accounts live in ASP.NET Core Identity (Infrastructure); the application reads them through <see cref="Accounts"/>
/// and changes them only through these methods, each of which renews the user's security stamp where sessions must end.
/// Identity's own refusals (duplicate e-mail, weak password) come back as <see cref="Exceptions.RequestValidationException"/>.
/// </summary>
public interface IUserAdministration
{
    IQueryable<UserAccount> Accounts { get; }

    Task<Guid> CreateAsync(NewUserAccount account, CancellationToken cancellationToken);

    /// <summary>Changes name, e-mail, organisation and role; refuses with a conflict when <paramref name="concurrencyStamp"/> is stale.</summary>
    Task UpdateAsync(Guid userId, string concurrencyStamp, string email, string displayName, Guid organisationId, string role, CancellationToken cancellationToken);

    Task SetLockedAsync(Guid userId, bool locked, CancellationToken cancellationToken);

    Task ResetTwoFactorAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Replaces the password with a one-time password the user must change at the next sign-in.</summary>
    /// <summary>The user's own change: checks the current password, sets the new one and clears the must-change flag.</summary>
    Task ChangeOwnPasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken);

    Task ResetPasswordAsync(Guid userId, string oneTimePassword, CancellationToken cancellationToken);

    Task EndSessionsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>Signs the user out everywhere (a lost or shared device): the stamp is renewed and every session ends at once.</summary>
    Task EndSessionsAsync(Guid userId, CancellationToken cancellationToken);
}

public sealed record NewUserAccount(string Email, string DisplayName, Guid OrganisationId, string Role, string InitialPassword);

/// <summary>A user as administrators see it. <see cref="LockoutEnd"/> is compared in memory (SQLite cannot compare DateTimeOffset).</summary>
public sealed record UserAccount
{
    public Guid Id { get; init; }
    public string Email { get; init; } = "";
    /// <summary>The e-mail address in upper case, indexed by Identity: compare on this.</summary>
    public string NormalizedEmail { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public Guid OrganisationId { get; init; }
    public string OrganisationName { get; init; } = "";
    public string? Role { get; init; }
    public DateTimeOffset? LockoutEnd { get; init; }
    public bool TwoFactorEnabled { get; init; }
    public bool MustChangePassword { get; init; }
    public string ConcurrencyStamp { get; init; } = "";

    public bool IsLockedAt(DateTimeOffset now) => LockoutEnd is { } end && end > now;
}
