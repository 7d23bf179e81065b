using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Residence;

/// <summary>
/// Police record the offer of a reflection period (bedenktijd) and the person's answer. Accepted: the period starts and its
/// last day follows from the rule. Eligibility (foreign nationals; EU by policy; detention only with OM consent) and "one
/// running period at a time" are the track's rules.
/// </summary>
public static class OfferReflectionPeriod
{
    public const string GiveInterpreterLanguage = "Give the language the interpreter used.";
    public const string GiveConsentDate = "Someone in immigration detention gets a reflection period only with the consent of the Public Prosecution Service (OM): record the date of consent.";
    public const string GiveDeclineReason = "Give the reason the reflection period was declined.";

    [RequireRole(Roles.Police)]
    public sealed record Command : ICommand
    {
        public Guid TrackId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Date of the offer")] public DateOnly? OfferedOn { get; init; }
        [Display(Name = "Police unit")] public string? Unit { get; init; }
        [Display(Name = "Officer")] public string? Officer { get; init; }
        [Display(Name = "An interpreter was used")] public bool InterpreterUsed { get; init; }
        [Display(Name = "Interpreter's language")] public string? InterpreterLanguage { get; init; }
        [Display(Name = "The person is in immigration detention")] public bool InDetention { get; init; }
        [Display(Name = "Date of the Public Prosecution Service's consent")] public DateOnly? ProsecutionConsentOn { get; init; }
        [Display(Name = "The person's decision")] public ReflectionDecision? Decision { get; init; }
        [Display(Name = "Start of the reflection period")] public DateOnly? StartsOn { get; init; }
        [Display(Name = "Reason for declining")] public DeclineReason? DeclineReason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OfferedOn).Plausible();
            RuleFor(c => c.ProsecutionConsentOn).Plausible();
            RuleFor(c => c.StartsOn).Plausible();
            RuleFor(c => c.OfferedOn).NotNull();
            RuleFor(c => c.Unit).NotEmpty().MaximumLength(ReflectionPeriod.TextMaxLength);
            RuleFor(c => c.Officer).NotEmpty().MaximumLength(ReflectionPeriod.TextMaxLength);
            RuleFor(c => c.InterpreterLanguage).NotEmpty().WithMessage(GiveInterpreterLanguage).When(c => c.InterpreterUsed);
            RuleFor(c => c.InterpreterLanguage).MaximumLength(ReflectionPeriod.TextMaxLength);
            RuleFor(c => c.ProsecutionConsentOn).NotNull().WithMessage(GiveConsentDate).When(c => c.InDetention);
            RuleFor(c => c.Decision).NotNull().IsInEnum();
            RuleFor(c => c.DeclineReason).NotNull().WithMessage(GiveDeclineReason).IsInEnum().When(c => c.Decision == ReflectionDecision.Declined);
        }
    }

    public sealed class Handler(TrackChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var track = await changes.LoadAsync(command.TrackId, command.Version, cancellationToken);
            track.OfferReflection(new ReflectionOffer(command.OfferedOn!.Value, command.Unit!, command.Officer!,
                command.InterpreterUsed ? command.InterpreterLanguage : null, command.InDetention, command.ProsecutionConsentOn,
                command.Decision!.Value, command.StartsOn, command.DeclineReason), changes.Rules, changes.Today);
            return Unit.Value;
        }
    }
}
