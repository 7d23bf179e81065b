using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Users;

/// <summary>
/// The portal sends no e-mail, so a forgotten or compromised password is reset by an administrator: a new one-time password
/// replaces the old one, the user's sessions end, and the user must choose their own password at the next sign-in.
/// </summary>
public static class ResetPassword
{
    [RequireRole(Roles.Administrator)]
    public sealed record Command : ICommand
    {
        public Guid Id { get; init; }
        [Display(Name = "New one-time password")] public string OneTimePassword { get; init; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.OneTimePassword).NotEmpty().Length(UserRules.PasswordMinLength, UserRules.PasswordMaxLength);
    }

    public sealed class Handler(IUserAdministration users) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await users.ResetPasswordAsync(command.Id, command.OneTimePassword, cancellationToken);
            return Unit.Value;
        }
    }
}
