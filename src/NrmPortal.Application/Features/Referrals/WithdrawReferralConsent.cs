using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Referrals;

/// <summary>
/// The sending organisation records that the person withdrew consent: the referral stops. The receiver sees "consent
/// withdrawn" on its list and page, and no longer sees the warm-handover note.
/// </summary>
public static class WithdrawReferralConsent
{
    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator)]
    public sealed record Command : ICommand
    {
        public Guid ReferralId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Date consent was withdrawn")] public DateOnly? WithdrawnOn { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.WithdrawnOn).NotNull().Plausible();
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var referral = await ReferralChanges.LoadAsync(db, currentUser, command.ReferralId, command.Version,
                ReferralAccess.WithdrawableBy(currentUser), cancellationToken);
            referral.WithdrawConsent(command.WithdrawnOn!.Value, ReferralChanges.Now(clock), ReferralChanges.Today(clock));
            return Unit.Value;
        }
    }
}
