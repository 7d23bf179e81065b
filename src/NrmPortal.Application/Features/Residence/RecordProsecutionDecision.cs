using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Residence;

/// <summary>Police record the Public Prosecution Service's and the court's decisions on the case: prosecution, dismissal (with a complaint or not), conviction, acquittal.</summary>
public static class RecordProsecutionDecision
{
    [RequireRole(Roles.Police)]
    public sealed record Command : ICommand
    {
        public Guid TrackId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Decision")] public ProsecutionDecisionKind? Kind { get; init; }
        [Display(Name = "Date of the decision")] public DateOnly? On { get; init; }
        [Display(Name = "A complaint (beklag) was filed against the dismissal")] public bool ComplaintFiled { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.On).Plausible();
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.On).NotNull();
        }
    }

    public sealed class Handler(TrackChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var track = await changes.LoadAsync(command.TrackId, command.Version, cancellationToken);
            track.RecordProsecutionDecision(command.Kind!.Value, command.On!.Value, command.ComplaintFiled, changes.Today);
            return Unit.Value;
        }
    }
}
