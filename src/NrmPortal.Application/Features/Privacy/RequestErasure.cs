using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// A privacy officer files a request to erase a person's data (AVG art. 17) by the registration number; a second privacy
/// officer decides on it (<see cref="DecideErasure"/>).
/// </summary>
public static class RequestErasure
{
    public const string AlreadyAnonymised = "This person's data have already been anonymised.";
    public const string AlreadyPending = "There is already a pending erasure request for this person.";

    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Command : ICommand<Guid>
    {
        [Display(Name = "Registration number (CM-…)")] public string? RegistrationNumber { get; init; }
        [Display(Name = "Ground (AVG art. 17(1))")] public ErasureGround? Ground { get; init; }
        [Display(Name = "Reason")] public string? Reason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.RegistrationNumber).NotEmpty().MaximumLength(PossibleVictim.RegistrationNumberMaxLength);
            RuleFor(c => c.Ground).NotNull().IsInEnum();
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(ErasureRequest.TextMaxLength);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var number = command.RegistrationNumber!.Trim().ToUpperInvariant();
            var victim = await db.PossibleVictims.Where(v => v.RegistrationNumber == number).Select(v => new { v.Id, v.AnonymisedAtUtc })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new RequestValidationException(nameof(Command.RegistrationNumber), FindRecord.NotAVictimFile);
            if (victim.AnonymisedAtUtc is not null) throw new BusinessRuleException(AlreadyAnonymised);
            if (await db.ErasureRequests.AnyAsync(r => r.VictimId == victim.Id && r.Status == ErasureRequestStatus.Pending, cancellationToken))
                throw new BusinessRuleException(AlreadyPending);
            var request = ErasureRequest.File(victim.Id, command.Ground!.Value, command.Reason!,
                user.UserId ?? throw new UnauthorizedAccessException(), clock.GetUtcNow().UtcDateTime);
            db.ErasureRequests.Add(request);
            return request.Id;
        }
    }
}
