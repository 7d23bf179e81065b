using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Referrals;

/// <summary>The receiving organisation declines a referral, giving the reason (the sender reads it to find another way).</summary>
public static class DeclineReferral
{
    public const string GiveReason = "Give the reason for declining the referral.";

    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa)]
    public sealed record Command : ICommand
    {
        public Guid ReferralId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Reason for declining")] public string? Reason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().WithMessage(GiveReason).MaximumLength(Referral.DeclineReasonMaxLength);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var referral = await ReferralChanges.LoadAsync(db, currentUser, command.ReferralId, command.Version,
                ReferralAccess.AnswerableBy(currentUser), cancellationToken);
            referral.Decline(command.Reason!, ReferralChanges.Now(clock));
            return Unit.Value;
        }
    }
}
