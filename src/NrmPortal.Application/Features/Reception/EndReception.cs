using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Reception;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Reception;

/// <summary>COA ends the running allowance on a date, with a reason (for example: the entitlement ended).</summary>
public static class EndReception
{
    [RequireRole(Roles.Coa)]
    public sealed record Command : ICommand
    {
        public Guid VictimId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Allowance ended on")] public DateOnly? On { get; init; }
        [Display(Name = "Reason")] public ReceptionEndReason? Reason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.On).Plausible();
            RuleFor(c => c.On).NotNull();
            RuleFor(c => c.Reason).NotNull().IsInEnum();
        }
    }

    public sealed class Handler(ReceptionViews views) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var record = await views.OpenRecordAsync(command.VictimId, command.Version, cancellationToken);
            record.End(command.On!.Value, command.Reason!.Value, views.Today);
            return Unit.Value;
        }
    }
}
