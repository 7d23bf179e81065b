using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>CoMensha takes a facility out of matching or back in; an occupied facility cannot be made inactive.</summary>
public static class SetFacilityActive
{
    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Command(Guid Id, Guid Version, bool Active) : ICommand;

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var facility = await db.ShelterFacilities.SingleOrDefaultAsync(f => f.Id == command.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(ShelterFacility), command.Id);
            db.ExpectVersion(facility, command.Version);
            facility.SetActive(command.Active);
            return Unit.Value;
        }
    }
}
