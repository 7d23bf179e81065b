using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Users;

/// <summary>
/// An administrator creates an account for one organisation with one role and a one-time password, which the user must
/// replace at first sign-in.
/// </summary>
public static class CreateUser
{
    [RequireRole(Roles.Administrator)]
    public sealed record Command : ICommand<Guid>
    {
        [Display(Name = "E-mail address")] public string Email { get; init; } = "";
        [Display(Name = "Name")] public string DisplayName { get; init; } = "";
        [Display(Name = "Organisation")] public Guid? OrganisationId { get; init; } // null when none was chosen
        [Display(Name = "Role")] public string Role { get; init; } = "";
        [Display(Name = "One-time password")] public string InitialPassword { get; init; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, IUserAdministration users)
        {
            RuleFor(c => c.Email).ValidEmail()
                .MustAsync((email, ct) => UserRules.EmailIsFreeAsync(users, email, null, ct)).WithMessage(UserRules.EmailInUse);
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100);
            RuleFor(c => c.OrganisationId).NotNull().WithMessage(UserRules.UnknownOrganisation).DependentRules(() =>
                RuleFor(c => c.OrganisationId!.Value).ActiveOrganisation(db).OverridePropertyName(nameof(Command.OrganisationId)));
            RuleFor(c => c.Role).KnownRole()
                .MustAsync((command, role, ct) => UserRules.RoleFitsOrganisationAsync(db, role, command.OrganisationId, ct)).WithMessage(UserRules.CoordinatorOutsideCoMensha);
            RuleFor(c => c.InitialPassword).NotEmpty().Length(UserRules.PasswordMinLength, UserRules.PasswordMaxLength);
        }
    }

    public sealed class Handler(IUserAdministration users) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken) =>
            await users.CreateAsync(new NewUserAccount(command.Email.Trim(), command.DisplayName.Trim(), command.OrganisationId!.Value,
                command.Role, command.InitialPassword), cancellationToken);
    }
}
