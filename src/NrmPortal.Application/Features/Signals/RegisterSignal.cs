using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Signals;

/// <summary>
/// A professional reports a possible victim to CoMensha. The reporter and their organisation come from the login; the
/// signal gets a reference (SIG-YYYY-NNNNNN) and the indicator-list version it was reported with.
/// </summary>
public static class RegisterSignal
{
    public const string ReferenceSeries = "SIG";
    public const string ConsentNeeded = "Say whether the person consents to registration with CoMensha.";
    public const string AnonymousWithoutConsent = "Without consent the signal is registered anonymously: leave name, alias, date of birth and whereabouts empty.";
    public const string UnknownIndicator = "This indicator is not on the current indicator list. Reload the page.";
    public const string ChooseIndicator = "Choose at least one indicator you observed.";
    public const string ChooseExploitationForm = "Choose at least one form of exploitation, or unknown.";
    public const string DateOfBirthInFuture = "The date of birth cannot lie in the future.";
    public const string AgeTooHigh = "The age must be 120 or less.";
    public const string UnknownNationality = "Choose a nationality from the list.";
    public const string AnswerImmediateDanger = "Say whether the person is in immediate danger.";

    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa)]
    public sealed record Command : ICommand<Registered>
    {
        [Display(Name = "How and where you met the person")] public MeetingContext? Context { get; init; }
        [Display(Name = "Police region")] public Regions? Region { get; init; }
        [Display(Name = "Indicators")] public List<string> IndicatorCodes { get; init; } = [];
        [Display(Name = "Suspected forms of exploitation")] public List<ExploitationForms> ExploitationForms { get; init; } = [];
        [Display(Name = "Name")] public string? Name { get; init; }
        [Display(Name = "Alias")] public string? Alias { get; init; }
        [Display(Name = "Sex")] public Sex Sex { get; init; }
        [Display(Name = "Date of birth")] public DateOnly? DateOfBirth { get; init; }
        [Display(Name = "Estimated age")] public int? EstimatedAge { get; init; }
        [Display(Name = "Nationality")] public string? NationalityCode { get; init; }
        [Display(Name = "Languages")] public string? Languages { get; init; }
        [Display(Name = "Accompanying children")] public int AccompanyingChildren { get; init; }
        [Display(Name = "Accompanied by a parent or guardian")] public bool? AccompaniedByParentOrGuardian { get; init; }
        [Display(Name = "Current whereabouts")] public string? Whereabouts { get; init; }
        [Display(Name = "Immediate danger")] public bool? ImmediateDanger { get; init; }
        [Display(Name = "Consent to registration with CoMensha")] public bool? ConsentToRegistration { get; init; }
        [Display(Name = "Account")] public string? Account { get; init; }

        public PersonDetails ToPerson() => new(Clean(Name), Clean(Alias), Sex, DateOfBirth, DateOfBirth is null ? EstimatedAge : null,
            Clean(NationalityCode)?.ToUpperInvariant(), Clean(Languages), AccompanyingChildren, AccompaniedByParentOrGuardian, Clean(Whereabouts));

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public sealed record Registered(Guid Id, string Reference);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
        {
            RuleFor(c => c.Context).NotNull().IsInEnum();
            RuleFor(c => c.Region).NotNull().Must(r => r is null || Flags.Each<Regions>().Contains(r.Value));
            RuleFor(c => c.IndicatorCodes).NotEmpty().WithMessage(ChooseIndicator);
            RuleFor(c => c.IndicatorCodes).MustAsync(async (codes, ct) =>
                {
                    var current = await db.IndicatorListVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstAsync(ct);
                    return codes.All(code => current.Indicators.Any(i => i.Code == code));
                }).WithMessage(UnknownIndicator).When(c => c.IndicatorCodes.Count > 0);
            RuleFor(c => c.ExploitationForms).NotEmpty().WithMessage(ChooseExploitationForm);
            RuleForEach(c => c.ExploitationForms).Must(f => Flags.Each<ExploitationForms>().Contains(f)).WithMessage(ChooseExploitationForm)
                .OverridePropertyName(nameof(Command.ExploitationForms));
            RuleFor(c => c.Name).MaximumLength(PersonDetails.NameMaxLength);
            RuleFor(c => c.Alias).MaximumLength(PersonDetails.NameMaxLength);
            RuleFor(c => c.Sex).IsInEnum();
            RuleFor(c => c.DateOfBirth)
                .Must(born => born <= Today(clock)).WithMessage(DateOfBirthInFuture)
                .Must(born => born > Today(clock) || Age.On(born!.Value, Today(clock)) <= Age.MaximumAge).WithMessage(AgeTooHigh)
                .When(c => c.DateOfBirth is not null);
            RuleFor(c => c.EstimatedAge).InclusiveBetween(0, Age.MaximumAge).When(c => c.EstimatedAge is not null);
            RuleFor(c => c.NationalityCode).Must(Countries.IsKnown).WithMessage(UnknownNationality).When(c => !string.IsNullOrWhiteSpace(c.NationalityCode));
            RuleFor(c => c.Languages).MaximumLength(PersonDetails.LanguagesMaxLength);
            RuleFor(c => c.AccompanyingChildren).InclusiveBetween(0, 20);
            RuleFor(c => c.Whereabouts).MaximumLength(PersonDetails.WhereaboutsMaxLength);
            RuleFor(c => c.ImmediateDanger).NotNull().WithMessage(AnswerImmediateDanger);
            RuleFor(c => c.Account).MaximumLength(Domain.Signals.Signal.AccountMaxLength);

            // The reporting duty depends on the reporter's organisation: looked up once per validation, and only when it matters.
            Task<bool>? duty = null;
            async Task<bool> LookUpDutyAsync(CancellationToken ct) => ReportingDuty.AppliesTo(await ReporterTypeAsync(db, currentUser, ct));
            Task<bool> HasDutyAsync(CancellationToken ct) => duty ??= LookUpDutyAsync(ct);
            RuleFor(c => c.ConsentToRegistration)
                .MustAsync(async (consent, ct) => consent is not null || await HasDutyAsync(ct)).WithMessage(ConsentNeeded);
            RuleFor(c => c.ConsentToRegistration)
                .MustAsync(async (command, consent, ct) => consent != false
                    || command.ToPerson() is { Name: null, Alias: null, DateOfBirth: null, Whereabouts: null }
                    || await HasDutyAsync(ct)) // with a duty, consent is not asked at all
                .WithMessage(AnonymousWithoutConsent);
        }

        private static DateOnly Today(TimeProvider clock) => DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IReferenceNumbers numbers, TimeProvider clock) : ICommandHandler<Command, Registered>
    {
        public async ValueTask<Registered> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var reporter = new Reporter(currentUser.UserId ?? throw new UnauthorizedAccessException(), currentUser.OrganisationId!.Value,
                await ReporterTypeAsync(db, currentUser, cancellationToken));
            var listVersion = await db.IndicatorListVersions.MaxAsync(v => v.Number, cancellationToken);
            var year = DutchCalendar.DateOf(now).Year;
            var reference = Domain.Signals.Signal.FormatReference(year, await numbers.NextAsync(ReferenceSeries, year, cancellationToken));

            var signal = Domain.Signals.Signal.Register(reference, now, reporter, command.Context!.Value, command.Region!.Value, listVersion,
                command.IndicatorCodes, Flags.Combine(command.ExploitationForms), command.ToPerson(), command.ImmediateDanger!.Value,
                command.ConsentToRegistration, command.Account);
            db.Signals.Add(signal);
            return new Registered(signal.Id, signal.Reference);
        }
    }

    private static Task<OrganisationType> ReporterTypeAsync(IAppDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == currentUser.OrganisationId).Select(o => o.Type).SingleAsync(cancellationToken);
}
