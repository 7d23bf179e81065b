using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Privacy;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Residence;

/// <summary>
/// Break-the-glass on a track: a police officer who finds no track for an exact registration number or signal reference,
/// because it lies outside their relation, states the emergency and gets read-only access to it for eight hours. The grant is
/// logged (event Execute, break-the-glass, with the reason) and goes to the privacy officer's review queue; every read under it
/// is logged as break-the-glass. A track the user already sees needs no grant: its id is returned as is.
/// </summary>
public static class BreakGlassTrack
{
    public const string NoTrack = "No track has this registration number or signal reference.";
    public const string GiveReference = "Give the exact registration number or signal reference.";

    [RequireRole(Roles.Police)]
    public sealed record Command : ICommand<Guid>
    {
        [Display(Name = "Registration number or signal reference")] public string? Reference { get; init; }
        [Display(Name = "Reason for emergency access")] public string? Reason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reference).NotEmpty().WithMessage(GiveReference).MaximumLength(50);
            RuleFor(c => c.Reason).Must(r => r is not null && r.Trim().Length >= BreakGlassGrant.ReasonMinLength).WithMessage(BreakGlassGrant.ReasonTooShort)
                .MaximumLength(BreakGlassGrant.ReasonMaxLength);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IAccessLog accessLog, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var reference = command.Reference!.Trim().ToUpperInvariant();
            var track = await db.ResidenceTracks.AsNoTracking()
                .Where(t => db.PossibleVictims.Any(v => v.Id == t.VictimId && v.RegistrationNumber == reference)
                    || db.Signals.Any(s => s.Reference == reference && (s.Id == t.SignalId || (t.VictimId != null && s.VictimId == t.VictimId))))
                .OrderByDescending(t => t.CreatedAtUtc).Select(t => new { t.Id, t.VictimId }).FirstOrDefaultAsync(cancellationToken)
                ?? throw new BusinessRuleException(NoTrack);
            if (await db.ResidenceTracks.Where(TrackAccess.VisibleTo(currentUser, db.Signals)).AnyAsync(t => t.Id == track.Id, cancellationToken))
                return track.Id;
            // An active grant already covers it: no second grant for the review queue (each read is logged anyway).
            var now = clock.GetUtcNow().UtcDateTime;
            if (await db.BreakGlassGrants.Where(TrackAccess.ActiveGrantsOf(currentUser, now)).AnyAsync(g => g.EntityId == track.Id, cancellationToken))
                return track.Id;

            var grant = new BreakGlassGrant(currentUser.UserId!.Value, currentUser.OrganisationId ?? Guid.Empty, TrackAccess.GrantEntityType, track.Id,
                command.Reason!, now);
            db.BreakGlassGrants.Add(grant);
            await accessLog.LogAsync(new AccessEvent(nameof(ResidenceTrack), [track.Id])
                { Action = AuditAction.Execute, SubjectId = track.VictimId, BreakGlassReason = grant.Reason }, cancellationToken);
            return track.Id;
        }
    }
}
