using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Referrals;

/// <summary>The receiving organisation records that it has done what the referral asked: the referral is completed.</summary>
public static class CompleteReferral
{
    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa)]
    public sealed record Command : ICommand
    {
        public Guid ReferralId { get; init; }
        public Guid Version { get; init; }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var referral = await ReferralChanges.LoadAsync(db, currentUser, command.ReferralId, command.Version,
                ReferralAccess.AnswerableBy(currentUser), cancellationToken);
            referral.Complete(ReferralChanges.Now(clock));
            return Unit.Value;
        }
    }
}
