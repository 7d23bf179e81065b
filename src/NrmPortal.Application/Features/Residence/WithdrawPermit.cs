using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Residence;

/// <summary>
/// After a dismissal the IND first announces its intention to withdraw the temporary permit, then withdraws it. Both are held
/// back while an application for continued residence is undecided (brief §2.2 S5a).
/// </summary>
public static class WithdrawPermit
{
    public enum Stage
    {
        IntendWithdrawal,
        Withdraw,
    }

    [RequireRole(Roles.Ind)]
    public sealed record Command : ICommand
    {
        public Guid TrackId { get; init; }
        public Guid Version { get; init; }
        public Stage? Step { get; init; }
        [Display(Name = "Date")] public DateOnly? On { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.On).Plausible();
            RuleFor(c => c.Step).NotNull().IsInEnum();
            RuleFor(c => c.On).NotNull();
        }
    }

    public sealed class Handler(TrackChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var track = await changes.LoadAsync(command.TrackId, command.Version, cancellationToken);
            if (command.Step == Stage.IntendWithdrawal) track.IntendWithdrawal(command.On!.Value, changes.Today);
            else track.WithdrawPermit(command.On!.Value, changes.Today);
            return Unit.Value;
        }
    }
}
