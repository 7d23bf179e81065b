using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Victims;

/// <summary>
/// CoMensha records the guardianship organisation (Nidos) of an unaccompanied minor. Its staff are then warned 30 days
/// before the minor turns 18 (<see cref="Domain.Deadlines.DeadlineKind.MinorTurns18"/>).
/// </summary>
public static class SetGuardian
{
    public const string ChooseNidos = "Choose an active guardianship organisation (Nidos).";

    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Command : ICommand
    {
        public Guid VictimId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Guardianship organisation")] public Guid? OrganisationId { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db) =>
            RuleFor(c => c.OrganisationId).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(ChooseNidos)
                .MustAsync((id, ct) => db.Organisations.AnyAsync(o => o.Id == id && o.IsActive && o.Type == OrganisationType.Nidos, ct)).WithMessage(ChooseNidos);
    }

    public sealed class Handler(IAppDbContext db, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var victim = await db.PossibleVictims.SingleOrDefaultAsync(v => v.Id == command.VictimId, cancellationToken)
                ?? throw new NotFoundException(nameof(PossibleVictim), command.VictimId);
            db.ExpectVersion(victim, command.Version);
            var name = await db.Organisations.Where(o => o.Id == command.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
            victim.SetGuardian(command.OrganisationId!.Value, name, clock.GetUtcNow().UtcDateTime);
            return Unit.Value;
        }
    }
}
