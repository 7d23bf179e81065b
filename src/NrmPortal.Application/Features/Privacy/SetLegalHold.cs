using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>A privacy officer places or lifts a legal hold on a victim file or a signal, always with a reason (audited).</summary>
public static class SetLegalHold
{
    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Command : ICommand
    {
        public Guid Id { get; init; }
        public Guid Version { get; init; }
        /// <summary>true places the hold, false lifts it.</summary>
        public bool Place { get; init; }
        [Display(Name = "Reason")] public string? Reason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(LegalHold.ReasonMaxLength);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var officer = user.UserId ?? throw new UnauthorizedAccessException();
            if (await db.PossibleVictims.SingleOrDefaultAsync(v => v.Id == command.Id, cancellationToken) is { } victim)
            {
                db.ExpectVersion(victim, command.Version);
                if (command.Place) victim.PlaceLegalHold(command.Reason!, officer, now);
                else victim.LiftLegalHold(command.Reason!, officer, now);
                return Unit.Value;
            }
            var signal = await db.Signals.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(Signal), command.Id);
            db.ExpectVersion(signal, command.Version);
            if (command.Place) signal.PlaceLegalHold(command.Reason!, officer, now);
            else signal.LiftLegalHold(command.Reason!, officer, now);
            return Unit.Value;
        }
    }
}
