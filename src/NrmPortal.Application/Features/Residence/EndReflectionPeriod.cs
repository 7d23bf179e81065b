using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Residence;

/// <summary>Police end a running reflection period before its last day: departed, left to an unknown destination, no longer wanted.</summary>
public static class EndReflectionPeriod
{
    [RequireRole(Roles.Police)]
    public sealed record Command : ICommand
    {
        public Guid TrackId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "End date")] public DateOnly? EndedOn { get; init; }
        [Display(Name = "Reason")] public ReflectionEndReason? Reason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.EndedOn).Plausible();
            RuleFor(c => c.EndedOn).NotNull();
            // A report ends the period by itself when it is recorded; choosing it here would record a report that was never made.
            RuleFor(c => c.Reason).NotNull().IsInEnum().NotEqual(ReflectionEndReason.ReportMade);
        }
    }

    public sealed class Handler(TrackChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var track = await changes.LoadAsync(command.TrackId, command.Version, cancellationToken);
            track.EndReflectionEarly(command.EndedOn!.Value, command.Reason!.Value, changes.Today);
            return Unit.Value;
        }
    }
}
