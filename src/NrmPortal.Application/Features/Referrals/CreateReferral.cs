using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Referrals;

/// <summary>
/// A care worker or CoMensha coordinator refers a person to another active organisation for one need, recording the day the
/// person consented to this referral. A care worker refers only a person their organisation is involved with; anyone else is
/// not found (404).
/// </summary>
public static class CreateReferral
{
    public const string ConfirmConsent = "Confirm that the person consented to this referral.";
    public const string ChooseOrganisation = "Choose an organisation from the list.";
    public const string NotOwnOrganisation = "A referral goes to another organisation: choose an organisation other than your own.";

    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid VictimId { get; init; }
        [Display(Name = "Refer to")] public Guid? ToOrganisationId { get; init; }
        [Display(Name = "Need")] public ReferralNeed? Need { get; init; }
        [Display(Name = "Date of the person's consent")] public DateOnly? ConsentRecordedOn { get; init; }
        [Display(Name = "The person consented to this referral")] public bool Consented { get; init; }
        [Display(Name = "Warm-handover note")] public string? HandoverNote { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, ICurrentUser currentUser)
        {
            RuleFor(c => c.ToOrganisationId).NotNull()
                .Must(id => id != currentUser.OrganisationId).WithMessage(NotOwnOrganisation)
                .MustAsync((id, ct) => db.Organisations.AnyAsync(o => o.Id == id && o.IsActive && !ReferralAccess.NotReceivers.Contains(o.Type), ct)).WithMessage(ChooseOrganisation)
                .When(c => c.ToOrganisationId is not null, ApplyConditionTo.CurrentValidator);
            RuleFor(c => c.Need).NotNull().IsInEnum();
            RuleFor(c => c.ConsentRecordedOn).NotNull().Plausible();
            RuleFor(c => c.Consented).Equal(true).WithMessage(ConfirmConsent);
            RuleFor(c => c.HandoverNote).MaximumLength(Referral.HandoverNoteMaxLength);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var referable = await db.PossibleVictims.Where(ReferralAccess.ReferableBy(currentUser, db.Signals, db.Referrals))
                .AnyAsync(v => v.Id == command.VictimId, cancellationToken);
            if (!referable) throw await AccessDenial.NotFoundAsync(db.PossibleVictims, v => v.Id == command.VictimId, nameof(PossibleVictim), command.VictimId, cancellationToken);

            var referral = Referral.Send(command.VictimId, currentUser.OrganisationId ?? throw new UnauthorizedAccessException(),
                currentUser.UserId ?? throw new UnauthorizedAccessException(), command.ToOrganisationId!.Value, command.Need!.Value,
                command.ConsentRecordedOn!.Value, command.HandoverNote, ReferralChanges.Now(clock), ReferralChanges.Today(clock));
            db.Referrals.Add(referral);
            return referral.Id;
        }
    }
}
