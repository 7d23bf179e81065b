using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Users;

/// <summary>Changes a user's name, e-mail, organisation and role. A change of role or organisation ends the user's sessions.</summary>
public static class EditUser
{
    [RequireRole(Roles.Administrator)]
    public sealed record Command : ICommand
    {
        public Guid Id { get; init; }
        public string ConcurrencyStamp { get; init; } = "";
        [Display(Name = "E-mail address")] public string Email { get; init; } = "";
        [Display(Name = "Name")] public string DisplayName { get; init; } = "";
        [Display(Name = "Organisation")] public Guid? OrganisationId { get; init; } // null when none was chosen
        [Display(Name = "Role")] public string Role { get; init; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, IUserAdministration users, ICurrentUser currentUser)
        {
            RuleFor(c => c.Email).ValidEmail()
                .MustAsync((command, email, ct) => UserRules.EmailIsFreeAsync(users, email, command.Id, ct)).WithMessage(UserRules.EmailInUse);
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100);
            RuleFor(c => c.OrganisationId).NotNull().WithMessage(UserRules.UnknownOrganisation).DependentRules(() =>
                RuleFor(c => c.OrganisationId!.Value).ActiveOrganisation(db).OverridePropertyName(nameof(Command.OrganisationId)));
            RuleFor(c => c.Role).KnownRole()
                .MustAsync((command, role, ct) => UserRules.RoleFitsOrganisationAsync(db, role, command.OrganisationId, ct)).WithMessage(UserRules.CoordinatorOutsideCoMensha)
                .Must((command, role) => command.Id != currentUser.UserId || role == Roles.Administrator).WithMessage(UserRules.CannotDemoteSelf);
        }
    }

    public sealed class Handler(IUserAdministration users) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await users.UpdateAsync(command.Id, command.ConcurrencyStamp, command.Email.Trim(), command.DisplayName.Trim(),
                command.OrganisationId!.Value, command.Role, cancellationToken);
            return Unit.Value;
        }
    }
}
