using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Residence;

/// <summary>
/// The IND records an application: the temporary B8.3 permit (ex officio after a report), the one-year "cannot cooperate"
/// permit, or the non-temporary humanitarian permit (continued residence). Asylum and regular applications are recorded as facts.
/// </summary>
public static class ApplyForResidence
{
    public const string GiveGround = "Give the ground: a serious threat, or a medical or psychological limitation.";

    [RequireRole(Roles.Ind)]
    public sealed record Command : ICommand
    {
        public Guid TrackId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Application for")] public ApplicationKind? Kind { get; init; }
        [Display(Name = "Date of the application")] public DateOnly? On { get; init; }
        [Display(Name = "Made ex officio after the report")] public bool ExOfficio { get; init; }
        [Display(Name = "Ground")] public CannotCooperateGround? Ground { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.On).Plausible();
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.On).NotNull();
            RuleFor(c => c.Ground).NotNull().WithMessage(GiveGround).IsInEnum().When(c => c.Kind == ApplicationKind.TemporaryCannotCooperate);
        }
    }

    public sealed class Handler(TrackChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var track = await changes.LoadAsync(command.TrackId, command.Version, cancellationToken);
            track.Apply(command.Kind!.Value, command.On!.Value, command.ExOfficio, command.Ground, changes.Today);
            return Unit.Value;
        }
    }
}
