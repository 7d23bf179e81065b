using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>CoMensha changes a facility. The number of places cannot drop below the people placed there.</summary>
public static class EditFacility
{
    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Command(Guid Id, Guid Version, FacilityInput Input) : ICommand;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Input).SetValidator(new FacilityInputValidator());
    }

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var facility = await db.ShelterFacilities.SingleOrDefaultAsync(f => f.Id == command.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(ShelterFacility), command.Id);
            db.ExpectVersion(facility, command.Version);
            var i = command.Input;
            facility.Change(i.Name!, i.Type!.Value, i.Places!.Value, i.ToCriteria(), i.Region!.Value, i.ConfidentialAddress);
            return Unit.Value;
        }
    }
}
