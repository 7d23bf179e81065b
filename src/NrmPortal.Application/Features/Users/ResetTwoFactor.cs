using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Users;

/// <summary>Switches off a user's authenticator app (lost phone) and forgets its key; the user enrols again after signing in.</summary>
public static class ResetTwoFactor
{
    [RequireRole(Roles.Administrator)]
    public sealed record Command(Guid Id) : ICommand;

    public sealed class Handler(IUserAdministration users) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await users.ResetTwoFactorAsync(command.Id, cancellationToken);
            return Unit.Value;
        }
    }
}
