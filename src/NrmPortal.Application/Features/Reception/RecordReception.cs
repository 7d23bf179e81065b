using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Reception;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Reception;

/// <summary>
/// COA starts reception and an allowance for an entitled person: from a date on or after the start of the entitlement,
/// with the end date if known and whether health costs are covered. One running allowance per person.
/// </summary>
public static class RecordReception
{
    public const string AlreadyRunning = "An allowance is already running for this person: change or end it.";

    [RequireRole(Roles.Coa)]
    public sealed record Command : ICommand
    {
        public Guid VictimId { get; init; }
        [Display(Name = "Allowance from")] public DateOnly? From { get; init; }
        [Display(Name = "Allowance until")] public DateOnly? Until { get; init; }
        [Display(Name = "Health costs are covered")] public bool HealthCostCover { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.From).Plausible();
            RuleFor(c => c.Until).Plausible();
            RuleFor(c => c.From).NotNull();
            RuleFor(c => c.Until).GreaterThanOrEqualTo(c => c.From).WithMessage(ReceptionRecord.UntilBeforeFrom).When(c => c.From is not null && c.Until is not null);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, ReceptionViews views) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.PossibleVictims.AnyAsync(v => v.Id == command.VictimId, cancellationToken))
                throw new NotFoundException(nameof(PossibleVictim), command.VictimId);
            if (await db.ReceptionRecords.AnyAsync(r => r.VictimId == command.VictimId && r.EndedOn == null, cancellationToken))
                throw new BusinessRuleException(AlreadyRunning);
            // Not entitled: ReceptionRecord.Start refuses with a message saying why (no reflection period, application or permit).
            var entitlement = await views.EntitlementOfAsync(command.VictimId, cancellationToken);
            db.ReceptionRecords.Add(ReceptionRecord.Start(command.VictimId, currentUser.OrganisationId ?? throw new UnauthorizedAccessException(),
                entitlement, command.From!.Value, command.Until, command.HealthCostCover, views.Today));
            return Unit.Value;
        }
    }
}
