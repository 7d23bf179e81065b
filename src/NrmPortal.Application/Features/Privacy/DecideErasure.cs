using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// A second privacy officer (never the one who filed it) approves or rejects an erasure request. Approval anonymises the
/// person's data at once, in the same transaction; a legal hold on the file or one of its signals refuses the approval and
/// leaves the request pending.
/// </summary>
public static class DecideErasure
{
    public const string Held = "This person's file or one of the signals is under a legal hold: the data cannot be erased. Lift the hold first, or reject the request.";

    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Command : ICommand
    {
        public Guid Id { get; init; }
        public Guid Version { get; init; }
        public bool Approve { get; init; }
        [Display(Name = "Note")] public string? Note { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Note).MaximumLength(ErasureRequest.TextMaxLength);
            RuleFor(c => c.Note).NotEmpty().When(c => !c.Approve).WithMessage("Give the reason for rejecting the request.");
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock, Anonymiser anonymiser) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = await db.ErasureRequests.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
                ?? throw new NotFoundException(nameof(ErasureRequest), command.Id);
            db.ExpectVersion(request, command.Version);
            var officer = user.UserId ?? throw new UnauthorizedAccessException();
            var now = clock.GetUtcNow().UtcDateTime;
            if (!command.Approve)
            {
                request.Reject(officer, command.Note, now);
                return Unit.Value;
            }
            if (await anonymiser.IsHeldAsync(request.VictimId, cancellationToken)) throw new BusinessRuleException(Held);
            request.Approve(officer, command.Note, now);
            var victim = await db.PossibleVictims.SingleAsync(v => v.Id == request.VictimId, cancellationToken);
            await anonymiser.AnonymiseVictimAsync(victim, AnonymisationCause.ErasureRequest, now, cancellationToken);
            return Unit.Value;
        }
    }
}
