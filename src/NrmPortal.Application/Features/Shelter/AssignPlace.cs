using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>
/// CoMensha assigns a place: the facility must fit the person and have a free place. Taking the place is atomic: however
/// many coordinators assign at once, occupancy never exceeds the number of places; whoever loses is told that the place
/// has just gone. The person leaves the waiting list for that kind of place.
/// </summary>
public static class AssignPlace
{
    public const string AlreadyPlaced = "This person already has a place. Transfer the placement instead.";
    public const string DoesNotFit = "This facility does not fit the person. The list shows why.";
    public const string FileClosed = "The file is closed.";

    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Command(Guid VictimId, Guid FacilityId) : ICommand<Guid>;

    public sealed class Handler(IAppDbContext db, ShelterProfiles profiles, FacilityWrites writes, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken) =>
            await writes.WithRetryAsync(async () =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var status = await db.PossibleVictims.Where(v => v.Id == command.VictimId).Select(v => (VictimFileStatus?)v.Status).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException(nameof(PossibleVictim), command.VictimId);
                if (status == VictimFileStatus.Closed) throw new BusinessRuleException(FileClosed);
                if (await db.Placements.AnyAsync(p => p.VictimId == command.VictimId && p.IsActive, cancellationToken)) throw new BusinessRuleException(AlreadyPlaced);

                var facility = await db.ShelterFacilities.SingleOrDefaultAsync(f => f.Id == command.FacilityId, cancellationToken)
                    ?? throw new NotFoundException(nameof(ShelterFacility), command.FacilityId);
                var profile = (await profiles.ForAsync([command.VictimId], DutchCalendar.DateOf(now), cancellationToken))[command.VictimId];
                var reasons = ShelterRules.WhyNotFit(facility, profile);
                if (reasons.Contains(MismatchReason.NoFreePlace)) throw new BusinessRuleException(ShelterFacility.NoFreePlaceMessage);
                if (reasons.Count > 0) throw new BusinessRuleException(DoesNotFit);

                facility.Reserve();
                var placement = Placement.Request(command.VictimId, facility.Id, now);
                db.Placements.Add(placement);
                if (ShelterRules.ListFor(facility.Type) is { } list)
                {
                    var entry = await db.WaitingListEntries.SingleOrDefaultAsync(w => w.VictimId == command.VictimId && w.List == list && w.IsWaiting, cancellationToken);
                    entry?.Remove(placed: true, now);
                }
                return placement.Id;
            }, cancellationToken);
    }
}
