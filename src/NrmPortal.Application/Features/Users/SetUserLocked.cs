using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Users;

/// <summary>Locks an account until an administrator unlocks it (ending its sessions at once), or unlocks it.</summary>
public static class SetUserLocked
{
    [RequireRole(Roles.Administrator)]
    public sealed record Command(Guid Id, bool Locked) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ICurrentUser currentUser) =>
            RuleFor(c => c.Id).Must((command, id) => !command.Locked || id != currentUser.UserId).WithMessage(UserRules.CannotLockSelf);
    }

    public sealed class Handler(IUserAdministration users) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await users.SetLockedAsync(command.Id, command.Locked, cancellationToken);
            return Unit.Value;
        }
    }
}
