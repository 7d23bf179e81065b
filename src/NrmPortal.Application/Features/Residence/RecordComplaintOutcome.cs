using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Residence;

/// <summary>Police record the court's decision on a complaint against a dismissal. Upheld: the case is prosecuted after all.</summary>
public static class RecordComplaintOutcome
{
    [RequireRole(Roles.Police)]
    public sealed record Command : ICommand
    {
        public Guid TrackId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "The complaint was upheld")] public bool? Upheld { get; init; }
        [Display(Name = "Date of the decision")] public DateOnly? On { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.On).Plausible();
            RuleFor(c => c.Upheld).NotNull();
            RuleFor(c => c.On).NotNull();
        }
    }

    public sealed class Handler(TrackChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var track = await changes.LoadAsync(command.TrackId, command.Version, cancellationToken);
            track.RecordComplaintOutcome(command.Upheld!.Value, command.On!.Value, changes.Today);
            return Unit.Value;
        }
    }
}
