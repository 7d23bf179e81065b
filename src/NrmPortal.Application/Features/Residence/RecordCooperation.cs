using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Residence;

/// <summary>
/// Police record a report (aangifte) or other cooperation. It ends a running reflection period that day and starts the
/// residence track: the IND sees an application to record.
/// </summary>
public static class RecordCooperation
{
    [RequireRole(Roles.Police)]
    public sealed record Command : ICommand
    {
        public Guid TrackId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Kind of cooperation")] public CooperationKind? Kind { get; init; }
        [Display(Name = "Date")] public DateOnly? On { get; init; }
        [Display(Name = "Police unit")] public string? Unit { get; init; }
        [Display(Name = "Case number")] public string? CaseNumber { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.On).Plausible();
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.On).NotNull();
            RuleFor(c => c.Unit).NotEmpty().MaximumLength(ReflectionPeriod.TextMaxLength);
            RuleFor(c => c.CaseNumber).MaximumLength(ResidenceTrack.CaseNumberMaxLength);
        }
    }

    public sealed class Handler(TrackChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var track = await changes.LoadAsync(command.TrackId, command.Version, cancellationToken);
            track.RecordCooperation(command.Kind!.Value, command.On!.Value, command.Unit!, command.CaseNumber, changes.Today);
            return Unit.Value;
        }
    }
}
