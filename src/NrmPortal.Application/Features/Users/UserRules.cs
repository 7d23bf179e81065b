using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Users;

/// <summary>Rules shared by the user commands.</summary>
public static class UserRules
{
    public const int PasswordMinLength = 15;
    public const int PasswordMaxLength = 128;
    public const string EmailInUse = "Another user already has this e-mail address.";
    public const string UnknownRole = "Choose one of the roles.";
    public const string UnknownOrganisation = "Choose an active organisation.";
    public const string CannotDemoteSelf = "You cannot remove your own administrator role.";
    public const string CannotLockSelf = "You cannot lock your own account.";
    public const string CoordinatorOutsideCoMensha = "A CoMensha coordinator must belong to a CoMensha organisation: the role sees every signal.";

    /// <summary>The CoMensha coordinator role opens every signal, so only CoMensha's own staff may hold it.</summary>
    public static async Task<bool> RoleFitsOrganisationAsync(IAppDbContext db, string? role, Guid? organisationId, CancellationToken cancellationToken) =>
        role != Roles.CoMenshaCoordinator
        || await db.Organisations.AnyAsync(o => o.Id == organisationId && o.Type == Domain.Organisations.OrganisationType.CoMensha, cancellationToken);

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(254).EmailAddress(); // stop before the database check on bad input

    public static IRuleBuilderOptions<T, string> KnownRole<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(Roles.IsKnown).WithMessage(UnknownRole);

    public static IRuleBuilderOptions<T, Guid> ActiveOrganisation<T>(this IRuleBuilder<T, Guid> rule, IAppDbContext db) =>
        rule.MustAsync((id, ct) => db.Organisations.AnyAsync(o => o.Id == id && o.IsActive, ct)).WithMessage(UnknownOrganisation);

    public static Task<bool> EmailIsFreeAsync(IUserAdministration users, string email, Guid? exceptId, CancellationToken cancellationToken)
    {
        var normalised = email.Trim().ToUpperInvariant(); // as Identity's default lookup normaliser does
        return users.Accounts.AllAsync(u => u.Id == exceptId || u.NormalizedEmail != normalised, cancellationToken);
    }
}
