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
    public const string EndPlacementFirst = "This person still has a shelter place. Record the departure first, so the place is freed.";

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
            // A closed file must not keep a place counted as occupied, nor a place on a waiting list.
            if (await db.Placements.AnyAsync(p => p.VictimId == victim.Id && p.IsActive, cancellationToken)) throw new BusinessRuleException(EndPlacementFirst);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var entry in await db.WaitingListEntries.Where(w => w.VictimId == victim.Id && w.IsWaiting).ToListAsync(cancellationToken))
                entry.Remove(placed: false, now);
            victim.Close(command.Reason!.Value, now);
            return Unit.Value;
        }
    }
}
