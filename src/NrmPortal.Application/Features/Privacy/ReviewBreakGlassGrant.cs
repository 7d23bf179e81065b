using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Privacy;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// The privacy officer's verdict on one break-the-glass grant: justified or not, with a comment (required when not justified).
/// Stored on the grant, not in the access log (which is never changed); the write itself is audited by the save interceptor.
/// </summary>
public static class ReviewBreakGlassGrant
{
    public const string ChooseVerdict = "Choose whether the access was justified.";
    public const string ExplainNotJustified = "Explain why the access was not justified.";

    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Command : ICommand
    {
        public Guid GrantId { get; init; }
        public Guid Version { get; init; }
        [Display(Name = "Justified")] public bool? Justified { get; init; }
        [Display(Name = "Comment")] public string? Comment { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Justified).NotNull().WithMessage(ChooseVerdict);
            RuleFor(c => c.Comment).NotEmpty().When(c => c.Justified == false).WithMessage(ExplainNotJustified)
                .MaximumLength(BreakGlassGrant.CommentMaxLength);
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var grant = await db.BreakGlassGrants.SingleOrDefaultAsync(g => g.Id == command.GrantId, cancellationToken)
                ?? throw new NotFoundException(nameof(BreakGlassGrant), command.GrantId);
            db.ExpectVersion(grant, command.Version);
            grant.Review(currentUser.UserId!.Value, command.Justified!.Value, command.Comment, clock.GetUtcNow().UtcDateTime);
            return Unit.Value;
        }
    }
}
