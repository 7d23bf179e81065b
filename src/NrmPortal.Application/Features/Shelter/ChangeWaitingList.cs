using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>CoMensha puts a person on one of its three waiting lists, or takes them off.</summary>
public static class ChangeWaitingList
{
    public const string AlreadyWaiting = "This person is already on this waiting list.";

    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Add(Guid VictimId, WaitingList? List) : ICommand;

    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Remove(Guid EntryId) : ICommand;

    public sealed class AddValidator : AbstractValidator<Add>
    {
        public AddValidator() => RuleFor(c => c.List).NotNull().IsInEnum();
    }

    public sealed class AddHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<Add>
    {
        public async ValueTask<Unit> Handle(Add command, CancellationToken cancellationToken)
        {
            var status = await db.PossibleVictims.Where(v => v.Id == command.VictimId).Select(v => (VictimFileStatus?)v.Status).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(nameof(PossibleVictim), command.VictimId);
            if (status == VictimFileStatus.Closed) throw new BusinessRuleException(AssignPlace.FileClosed);
            if (await db.WaitingListEntries.AnyAsync(w => w.VictimId == command.VictimId && w.List == command.List && w.IsWaiting, cancellationToken))
                throw new BusinessRuleException(AlreadyWaiting);
            db.WaitingListEntries.Add(WaitingListEntry.Add(command.VictimId, command.List!.Value, clock.GetUtcNow().UtcDateTime));
            return Unit.Value;
        }
    }

    public sealed class RemoveHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<Remove>
    {
        public async ValueTask<Unit> Handle(Remove command, CancellationToken cancellationToken)
        {
            var entry = await db.WaitingListEntries.SingleOrDefaultAsync(w => w.Id == command.EntryId, cancellationToken)
                ?? throw new NotFoundException(nameof(WaitingListEntry), command.EntryId);
            entry.Remove(placed: false, clock.GetUtcNow().UtcDateTime);
            return Unit.Value;
        }
    }
}
