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

/// <summary>CoMensha moves a person to another facility (for safety, a better fit or another reason): the old place is freed, the new one taken atomically.</summary>
public static class TransferPlacement
{
    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid PlacementId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Move to")] public Guid? ToFacilityId { get; init; }
        [Display(Name = "Reason")] public TransferReason? Reason { get; init; }
        [Display(Name = "Date")] public DateOnly? On { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ToFacilityId).NotNull();
            RuleFor(c => c.Reason).NotNull().IsInEnum();
            RuleFor(c => c.On).NotNull().Plausible();
        }
    }

    public sealed class Handler(IAppDbContext db, ShelterProfiles profiles, FacilityWrites writes, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken) =>
            await writes.WithRetryAsync(async () =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var today = DutchCalendar.DateOf(now);
                var current = await db.Placements.SingleOrDefaultAsync(p => p.Id == command.PlacementId && p.IsActive, cancellationToken)
                    ?? throw new NotFoundException(nameof(Placement), command.PlacementId);
                // The user's view is stale: that is for the user to see, not for a retry to hide.
                if (current.Version != command.Version) throw new ConcurrencyConflictException(new InvalidOperationException("Stale placement."));
                if (current.FacilityId == command.ToFacilityId) throw new BusinessRuleException("The person is already in this facility.");
                var from = await db.ShelterFacilities.SingleAsync(f => f.Id == current.FacilityId, cancellationToken);
                var to = await db.ShelterFacilities.SingleOrDefaultAsync(f => f.Id == command.ToFacilityId, cancellationToken)
                    ?? throw new NotFoundException(nameof(ShelterFacility), command.ToFacilityId!.Value);
                var profile = (await profiles.ForAsync([current.VictimId], today, cancellationToken))[current.VictimId];
                var reasons = ShelterRules.WhyNotFit(to, profile);
                if (reasons.Contains(MismatchReason.NoFreePlace)) throw new BusinessRuleException(ShelterFacility.NoFreePlaceMessage);
                if (reasons.Count > 0) throw new BusinessRuleException(AssignPlace.DoesNotFit);

                current.End(command.On!.Value, PlacementEndReason.Transferred, today);
                from.Release();
                to.Reserve();
                // The old placement leaves the "active" index before the new one enters it.
                await db.SaveChangesAsync(cancellationToken);
                var next = Placement.Request(current.VictimId, to.Id, now, current.Id, command.Reason);
                db.Placements.Add(next);
                return next.Id;
            }, cancellationToken);
    }
}
