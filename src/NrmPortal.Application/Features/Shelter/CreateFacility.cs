using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>CoMensha registers a facility of a shelter or care provider, with its places and admission criteria.</summary>
public static class CreateFacility
{
    public const string ChooseProvider = "Choose an active shelter or care provider organisation.";

    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Command(FacilityInput Input) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db)
        {
            RuleFor(c => c.Input).SetValidator(new FacilityInputValidator());
            RuleFor(c => c.Input.OrganisationId).NotNull().OverridePropertyName("Input.OrganisationId");
            RuleFor(c => c.Input.OrganisationId).MustAsync((id, ct) => db.Organisations.AnyAsync(o => o.Id == id && o.IsActive && ProviderTypes.Contains(o.Type), ct))
                .WithMessage(ChooseProvider).When(c => c.Input.OrganisationId is not null).OverridePropertyName("Input.OrganisationId");
        }
    }

    /// <summary>The organisations that run shelter or care places.</summary>
    public static readonly OrganisationType[] ProviderTypes = [OrganisationType.ShelterProvider, OrganisationType.CareProvider, OrganisationType.YouthCare, OrganisationType.Nidos, OrganisationType.Coa];

    public sealed class Handler(IAppDbContext db) : ICommandHandler<Command, Guid>
    {
        public ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var i = command.Input;
            var facility = ShelterFacility.Create(i.OrganisationId!.Value, i.Name!, i.Type!.Value, i.Places!.Value, i.ToCriteria(), i.Region!.Value, i.ConfidentialAddress);
            db.ShelterFacilities.Add(facility);
            return ValueTask.FromResult(facility.Id);
        }
    }
}
