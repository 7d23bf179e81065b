using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>
/// The shelter records departure (or CoMensha ends a request that was never taken up): the place is freed. Moving on to
/// follow-on shelter, independent housing, return, or leaving to an unknown destination.
/// </summary>
public static class EndPlacement
{
    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator)]
    public sealed record Command : ICommand
    {
        public Guid PlacementId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Date")] public DateOnly? On { get; init; }
        [Display(Name = "Reason")] public PlacementEndReason? Reason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.On).NotNull().Plausible();
            // A transfer is its own step: it takes the new place in the same go.
            RuleFor(c => c.Reason).NotNull().IsInEnum().NotEqual(PlacementEndReason.Transferred);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, FacilityWrites writes, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken) =>
            await writes.WithRetryAsync(async () =>
            {
                var placement = await db.Placements.Where(ShelterAccess.PlacementsVisibleTo(currentUser, db.ShelterFacilities))
                    .SingleOrDefaultAsync(p => p.Id == command.PlacementId, cancellationToken)
                    ?? throw await AccessDenial.NotFoundAsync(db.Placements, p => p.Id == command.PlacementId, nameof(Placement), command.PlacementId, cancellationToken);
                // The user's view is stale: that is for the user to see, not for a retry to hide.
                if (placement.Version != command.Version) throw new ConcurrencyConflictException(new InvalidOperationException("Stale placement."));
                placement.End(command.On!.Value, command.Reason!.Value, DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime));
                var facility = await db.ShelterFacilities.SingleAsync(f => f.Id == placement.FacilityId, cancellationToken);
                facility.Release();
                return Unit.Value;
            }, cancellationToken);
    }
}
