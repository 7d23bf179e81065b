using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Residence;

/// <summary>The IND extends the temporary B8.3 permit while the criminal case runs.</summary>
public static class ExtendPermit
{
    [RequireRole(Roles.Ind)]
    public sealed record Command : ICommand
    {
        public Guid TrackId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Date of the decision")] public DateOnly? On { get; init; }
        [Display(Name = "New end date")] public DateOnly? NewValidUntil { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.On).Plausible();
            RuleFor(c => c.NewValidUntil).Plausible();
            RuleFor(c => c.On).NotNull();
            RuleFor(c => c.NewValidUntil).NotNull();
        }
    }

    public sealed class Handler(TrackChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var track = await changes.LoadAsync(command.TrackId, command.Version, cancellationToken);
            track.ExtendPermit(command.On!.Value, command.NewValidUntil!.Value, changes.Today);
            return Unit.Value;
        }
    }
}
