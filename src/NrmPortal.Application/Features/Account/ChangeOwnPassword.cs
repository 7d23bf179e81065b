using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Application.Features.Users;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Account;

/// <summary>
/// A signed-in user replaces their password (required after an administrator created the account or reset it).
/// The new password and clearing the "must change" flag are saved in one transaction.
/// </summary>
public static class ChangeOwnPassword
{
    public const string EnterCurrentPassword = "Enter your current password.";
    public const string TooShort = "The new password must have at least 15 characters.";
    public const string NotRepeated = "The two new passwords are not the same.";
    public const string SameAsCurrent = "Choose a password that differs from the current one.";
    public const string WrongCurrentPassword = "The current password is not correct.";

    [RequireRole(Roles.Administrator, Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa)]
    public sealed record Command : ICommand
    {
        public string? OldPassword { get; init; }
        public string? NewPassword { get; init; }
        public string? ConfirmPassword { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OldPassword).NotEmpty().WithMessage(EnterCurrentPassword);
            RuleFor(c => c.NewPassword).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(TooShort)
                .MinimumLength(UserRules.PasswordMinLength).WithMessage(TooShort)
                .MaximumLength(UserRules.PasswordMaxLength)
                .NotEqual(c => c.OldPassword).WithMessage(SameAsCurrent);
            RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage(NotRepeated);
        }
    }

    public sealed class Handler(IUserAdministration users, ICurrentUser currentUser) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = currentUser.UserId ?? throw new UnauthorizedAccessException();
            await users.ChangeOwnPasswordAsync(userId, command.OldPassword!, command.NewPassword!, cancellationToken);
            return Unit.Value;
        }
    }
}
