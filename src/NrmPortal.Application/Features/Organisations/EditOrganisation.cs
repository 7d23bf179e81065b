using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Organisations;

public static class EditOrganisation
{
    /// <summary><see cref="Id"/> comes from the route and <see cref="Version"/> from a hidden field: the version the user saw.</summary>
    [RequireRole(Roles.Administrator)]
    public sealed record Command : OrganisationInput, ICommand
    {
        public Guid Id { get; init; }
        public Guid Version { get; init; }
    }

    public const string CoordinatorsNeedCoMensha = "This organisation has CoMensha coordinators; give them another role before changing its type.";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, IUserAdministration users)
        {
            Include(new OrganisationInputValidator());
            RuleFor(c => c.Name)
                .MustAsync((command, name, ct) => OrganisationNames.IsFreeAsync(db, name, command.Id, ct)).WithMessage(OrganisationNames.AlreadyInUse)
                .When(c => !string.IsNullOrWhiteSpace(c.Name));
            RuleFor(c => c.Type)
                .MustAsync(async (command, type, ct) => type == OrganisationType.CoMensha
                    || !await users.Accounts.AnyAsync(u => u.OrganisationId == command.Id && u.Role == Roles.CoMenshaCoordinator, ct))
                .WithMessage(CoordinatorsNeedCoMensha);
        }
    }

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == command.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(Organisation), command.Id);
            db.ExpectVersion(organisation, command.Version);
            organisation.ChangeDetails(command.Name, command.Type!.Value, Flags.Combine(command.RegionsServed), command.ToContactDetails());
            organisation.ChangeProfile(command.ToProfile());
            return Unit.Value;
        }
    }
}
