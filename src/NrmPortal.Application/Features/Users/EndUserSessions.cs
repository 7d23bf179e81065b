using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Users;

/// <summary>An administrator signs a user out everywhere (lost or shared device, ASVS 7.4.5): every session ends at once.</summary>
public static class EndUserSessions
{
    [RequireRole(Roles.Administrator)]
    public sealed record Command(Guid Id) : ICommand;

    public sealed class Handler(IUserAdministration users) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await users.EndSessionsAsync(command.Id, cancellationToken);
            return Unit.Value;
        }
    }
}
