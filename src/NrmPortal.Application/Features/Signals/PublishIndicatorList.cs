using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Signals;

/// <summary>
/// Administrators publish a new version of the single indicator list, edited from the current one. Published versions are
/// never changed: signals keep the version they were reported with, new signals use the new one.
/// </summary>
public static class PublishIndicatorList
{
    public const string CodeFormat = "Use a code like CC-09: two capital letters, a hyphen and two digits.";
    public const string CodeTwice = "Each code may appear only once.";
    public const string NeedsIndicators = "The list needs at least one indicator.";
    public const string NeedsForms = "Choose at least one form of exploitation the indicator points to.";

    [RequireRole(Roles.Administrator)]
    public sealed record Command : ICommand<int>
    {
        [Display(Name = "Handling instruction (English)")] public string? HandlingInstructionEn { get; init; }
        [Display(Name = "Handling instruction (Dutch)")] public string? HandlingInstructionNl { get; init; }
        public List<Row> Indicators { get; init; } = [];

        /// <summary>The rows that stay: not marked for removal, and not left completely empty (the spare rows for new indicators).</summary>
        public IEnumerable<Row> Kept => Indicators.Where(r => !r.Remove && !r.IsBlank);
    }

    public sealed record Row
    {
        [Display(Name = "Code")] public string? Code { get; init; }
        [Display(Name = "Category")] public IndicatorCategory? Category { get; init; }
        [Display(Name = "Text (English)")] public string? TextEn { get; init; }
        [Display(Name = "Text (Dutch)")] public string? TextNl { get; init; }
        [Display(Name = "Points to")] public List<ExploitationForms> PointsTo { get; init; } = [];
        [Display(Name = "Concerns minors")] public bool ConcernsMinors { get; init; }
        [Display(Name = "Remove")] public bool Remove { get; init; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(TextEn) && string.IsNullOrWhiteSpace(TextNl);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.HandlingInstructionEn).NotEmpty().MaximumLength(IndicatorListVersion.InstructionMaxLength);
            RuleFor(c => c.HandlingInstructionNl).NotEmpty().MaximumLength(IndicatorListVersion.InstructionMaxLength);
            RuleFor(c => c.Kept).NotEmpty().WithMessage(NeedsIndicators).OverridePropertyName(nameof(Command.Indicators));
            RuleForEach(c => c.Indicators).Where(row => !row.Remove && !row.IsBlank).ChildRules(row =>
            {
                row.RuleFor(r => r.Code).NotEmpty().Matches("^[A-Z]{2}-[0-9]{2}$").WithMessage(CodeFormat);
                row.RuleFor(r => r.Category).NotNull().IsInEnum();
                row.RuleFor(r => r.TextEn).NotEmpty().MaximumLength(IndicatorListVersion.TextMaxLength);
                row.RuleFor(r => r.TextNl).NotEmpty().MaximumLength(IndicatorListVersion.TextMaxLength);
                row.RuleFor(r => r.PointsTo).NotEmpty().WithMessage(NeedsForms);
                row.RuleForEach(r => r.PointsTo).Must(f => Flags.Each<ExploitationForms>().Contains(f)).WithMessage(NeedsForms);
            });
            RuleFor(c => c.Kept).Must(rows => rows.Select(r => r.Code?.Trim()).Distinct(StringComparer.Ordinal).Count() == rows.Count())
                .WithMessage(CodeTwice).OverridePropertyName(nameof(Command.Indicators));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var number = await db.IndicatorListVersions.MaxAsync(v => v.Number, cancellationToken) + 1;
            var indicators = command.Kept.Select(r => new IndicatorDefinition(r.Code!.Trim(), r.Category!.Value, r.TextEn!.Trim(), r.TextNl!.Trim(),
                Flags.Combine(r.PointsTo), r.ConcernsMinors));
            db.IndicatorListVersions.Add(IndicatorListVersion.Publish(number, clock.GetUtcNow().UtcDateTime, currentUser.UserId,
                command.HandlingInstructionEn!.Trim(), command.HandlingInstructionNl!.Trim(), indicators));
            return number; // a second publisher at the same moment meets the unique version number and is told to try again
        }
    }
}
