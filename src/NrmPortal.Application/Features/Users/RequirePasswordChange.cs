using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Users;

/// <summary>Ends the user's sessions and makes them choose a new password at their next sign-in.</summary>
public static class RequirePasswordChange
{
    [RequireRole(Roles.Administrator)]
    public sealed record Command(Guid Id) : ICommand;

    public sealed class Handler(IUserAdministration users) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await users.RequirePasswordChangeAsync(command.Id, cancellationToken);
            return Unit.Value;
        }
    }
}
