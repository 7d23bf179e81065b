using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>Staff of the shelter confirm that the person arrived; only for placements in their own organisation's facilities.</summary>
public static class ConfirmArrival
{
    [RequireRole(Roles.CareWorker)]
    public sealed record Command : ICommand
    {
        public Guid PlacementId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Arrival date")] public DateOnly? On { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.On).NotNull().Plausible();
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var placement = await db.Placements.Where(ShelterAccess.PlacementsVisibleTo(currentUser, db.ShelterFacilities))
                .SingleOrDefaultAsync(p => p.Id == command.PlacementId, cancellationToken)
                ?? throw await AccessDenial.NotFoundAsync(db.Placements, p => p.Id == command.PlacementId, nameof(Placement), command.PlacementId, cancellationToken);
            db.ExpectVersion(placement, command.Version);
            placement.ConfirmArrival(command.On!.Value, DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime));
            return Unit.Value;
        }
    }
}
