using FluentValidation;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using Mediator;

namespace NrmPortal.Application.Features.Organisations;

public static class CreateOrganisation
{
    [RequireRole(Roles.Administrator)]
    public sealed record Command : OrganisationInput, ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db)
        {
            Include(new OrganisationInputValidator());
            RuleFor(c => c.Name)
                .MustAsync((name, ct) => OrganisationNames.IsFreeAsync(db, name, null, ct)).WithMessage(OrganisationNames.AlreadyInUse)
                .When(c => !string.IsNullOrWhiteSpace(c.Name));
        }
    }

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command, Guid>
    {
        public ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = Organisation.Create(command.Name, command.Type!.Value,
                Flags.Combine(command.RegionsServed), command.ToContactDetails());
            organisation.ChangeProfile(command.ToProfile());
            db.Organisations.Add(organisation);
            return ValueTask.FromResult(organisation.Id);
        }
    }
}
