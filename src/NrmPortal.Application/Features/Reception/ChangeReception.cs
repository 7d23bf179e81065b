using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Reception;

/// <summary>COA changes the running allowance: its end date (if known) and whether health costs are covered.</summary>
public static class ChangeReception
{
    [RequireRole(Roles.Coa)]
    public sealed record Command : ICommand
    {
        public Guid VictimId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Allowance until")] public DateOnly? Until { get; init; }
        [Display(Name = "Health costs are covered")] public bool HealthCostCover { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Until).Plausible();
    }

    public sealed class Handler(ReceptionViews views) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var record = await views.OpenRecordAsync(command.VictimId, command.Version, cancellationToken);
            record.Change(command.Until, command.HealthCostCover);
            return Unit.Value;
        }
    }
}
