using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Residence;

/// <summary>
/// The IND's decision on the pending application. A granted "cannot cooperate" permit runs one year by rule, so its end
/// date is computed, not entered.
/// </summary>
public static class DecideResidenceApplication
{
    [RequireRole(Roles.Ind)]
    public sealed record Command : ICommand
    {
        public Guid TrackId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Decision")] public bool? Granted { get; init; }
        [Display(Name = "Date of the decision")] public DateOnly? On { get; init; }
        [Display(Name = "Valid from")] public DateOnly? ValidFrom { get; init; }
        [Display(Name = "Valid until")] public DateOnly? ValidUntil { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.On).Plausible();
            RuleFor(c => c.ValidFrom).Plausible();
            RuleFor(c => c.ValidUntil).Plausible();
            RuleFor(c => c.Granted).NotNull();
            RuleFor(c => c.On).NotNull();
            RuleFor(c => c.ValidFrom).NotNull().When(c => c.Granted == true);
        }
    }

    public sealed class Handler(TrackChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var track = await changes.LoadAsync(command.TrackId, command.Version, cancellationToken);
            track.Decide(command.Granted!.Value, command.On!.Value, command.ValidFrom, command.ValidUntil, changes.Today);
            return Unit.Value;
        }
    }
}
