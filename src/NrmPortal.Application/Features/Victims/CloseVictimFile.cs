using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Victims;

/// <summary>Closes a victim file with a reason (returned, left to an unknown destination, moved on, no victim after all).</summary>
public static class CloseVictimFile
{
    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Command(Guid Id, Guid Version, CloseReason? Reason) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotNull().IsInEnum();
    }

    public sealed class Handler(IAppDbContext db, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var victim = await db.PossibleVictims.SingleOrDefaultAsync(v => v.Id == command.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(PossibleVictim), command.Id);
            db.ExpectVersion(victim, command.Version);
            victim.Close(command.Reason!.Value, clock.GetUtcNow().UtcDateTime);
            return Unit.Value;
        }
    }
}
