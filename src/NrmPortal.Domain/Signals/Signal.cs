using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Retention;

namespace NrmPortal.Domain.Signals;

/// <summary>
/// A signal of possible human trafficking, reported by a professional to CoMensha. It keeps the indicator-list version it
/// was reported with, and the derived categories (age, minor, nationality group) as they were on the day of reporting.
/// Without the person's consent (where there is no reporting duty) it is registered anonymously.
/// </summary>
public sealed class Signal : IVersioned, ITracksChanges
{
    public const int AccountMaxLength = 4000;
    public const int ReferenceMaxLength = 20;

    private readonly List<SignalIndicator> _indicators = [];

    private Signal() { } // for EF Core

    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public DateTime ReportedAtUtc { get; private set; }
    public Guid ReporterUserId { get; private set; }
    public Guid ReporterOrganisationId { get; private set; }
    public OrganisationType ReporterOrganisationType { get; private set; }

    public MeetingContext Context { get; private set; }
    public Regions Region { get; private set; }
    public int IndicatorListVersion { get; private set; }
    public IReadOnlyCollection<SignalIndicator> Indicators => _indicators.AsReadOnly();
    public ExploitationForms ExploitationForms { get; private set; }
    public PersonDetails Person { get; private set; } = null!;
    public bool ImmediateDanger { get; private set; }
    /// <summary>Null where the reporter has a reporting duty and consent is not asked.</summary>
    public bool? ConsentToRegistration { get; private set; }
    public string? Account { get; private set; }

    public int? AgeAtReport { get; private set; }
    public bool? IsMinor { get; private set; }
    public NationalityGroup NationalityGroup { get; private set; }
    public SignalStatus Status { get; private set; }
    /// <summary>The registered person the signal was linked to, or registered as, at triage.</summary>
    public Guid? VictimId { get; private set; }
    public DateTime? TriagedAtUtc { get; private set; }
    public Guid? TriagedBy { get; private set; }
    /// <summary>Why the signal was closed, or which signal it duplicates.</summary>
    public string? TriageNote { get; private set; }
    /// <summary>A legal hold stops the retention job and erasure (see <see cref="Retention.LegalHold"/>).</summary>
    public LegalHold LegalHold { get; private set; } = LegalHold.None;
    /// <summary>When the identifying data was erased; the indicators and the anonymous facts remain.</summary>
    public DateTime? AnonymisedAtUtc { get; private set; }
    public bool IsAnonymised => AnonymisedAtUtc is not null;

    public Guid Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    public bool IsAnonymous => ConsentToRegistration == false;

    public IReadOnlyList<HandlingStep> HandlingSteps =>
        HandlingInstruction.For(ImmediateDanger, NationalityGroup, AgeAtReport, Person.AccompaniedByParentOrGuardian);

    public static Signal Register(string reference, DateTime reportedAtUtc, Reporter reporter, MeetingContext context, Regions region,
        int indicatorListVersion, IEnumerable<string> indicatorCodes, ExploitationForms exploitationForms, PersonDetails person,
        bool immediateDanger, bool? consentToRegistration, string? account)
    {
        var duty = ReportingDuty.AppliesTo(reporter.OrganisationType);
        if (!duty && consentToRegistration is null) throw new DomainException("Say whether the person consents to registration with CoMensha.");
        var identifying = person.Name is not null || person.Alias is not null || person.Whereabouts is not null || person.DateOfBirth is not null;
        if (!duty && consentToRegistration == false && identifying)
            throw new DomainException("Without consent the signal is registered anonymously: leave out name, alias, date of birth and whereabouts.");
        var codes = indicatorCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0) throw new DomainException("Choose at least one indicator.");
        if (exploitationForms == ExploitationForms.None) throw new DomainException("Choose at least one form of exploitation, or unknown.");

        var reportDate = DutchCalendar.DateOf(reportedAtUtc);
        if (person.DateOfBirth > reportDate) throw new DomainException("The date of birth lies in the future.");
        var age = person.AgeOn(reportDate);
        if (age is < 0 or > Age.MaximumAge) throw new DomainException("The age must be between 0 and 120.");

        var signal = new Signal
        {
            Id = Guid.CreateVersion7(),
            Reference = reference,
            ReportedAtUtc = reportedAtUtc,
            ReporterUserId = reporter.UserId,
            ReporterOrganisationId = reporter.OrganisationId,
            ReporterOrganisationType = reporter.OrganisationType,
            Context = context,
            Region = region,
            IndicatorListVersion = indicatorListVersion,
            ExploitationForms = exploitationForms,
            Person = person,
            ImmediateDanger = immediateDanger,
            ConsentToRegistration = duty ? null : consentToRegistration,
            Account = string.IsNullOrWhiteSpace(account) ? null : account.Trim(),
            AgeAtReport = age,
            IsMinor = age is { } years ? Age.IsMinor(years) : null,
            NationalityGroup = Countries.GroupOf(person.NationalityCode),
            Status = SignalStatus.New,
        };
        signal._indicators.AddRange(codes.Select(c => new SignalIndicator(c)));
        return signal;
    }

    public const int TriageNoteMaxLength = 500;

    /// <summary>Closed at triage without a registration: its retention runs from triage.</summary>
    public bool IsClosedWithoutRegistration => Status is SignalStatus.NotTrafficking or SignalStatus.Duplicate;

    public void PlaceLegalHold(string reason, Guid by, DateTime nowUtc) => LegalHold = LegalHold.Place(reason, by, nowUtc);

    public void LiftLegalHold(string reason, Guid by, DateTime nowUtc) => LegalHold = LegalHold.Lift(reason, by, nowUtc);

    /// <summary>The fields <see cref="Anonymise"/> erases (for the audit trail: names only, never values).</summary>
    public static readonly IReadOnlyList<string> ErasedFields =
    [
        nameof(Reference), "Person.Name", "Person.Alias", "Person.DateOfBirth", "Person.EstimatedAge", "Person.Languages",
        "Person.AccompanyingChildren", "Person.AccompaniedByParentOrGuardian", "Person.Whereabouts", nameof(Account), nameof(TriageNote),
    ];

    /// <summary>
    /// Erases what identifies the person or tells their story: reference (replaced by an ANON- reference), name, alias, date
    /// of birth, estimated age, languages, children, whereabouts, the free-text account and the triage note. Keeps the
    /// anonymous facts: report date, reporter organisation type, context, region, indicators, forms of exploitation, sex,
    /// nationality and its group, age at report, minor, consent, status. Returns false when it was already anonymised.
    /// </summary>
    public bool Anonymise(DateTime nowUtc)
    {
        if (IsAnonymised) return false;
        if (LegalHold.IsOn) throw new DomainException(LegalHoldRefusal.Message);
        Reference = AnonymousReference.For(Id);
        Person = new PersonDetails(null, null, Person.Sex, null, null, Person.NationalityCode, null, 0, null, null);
        Account = null;
        TriageNote = null;
        AnonymisedAtUtc = nowUtc;
        return true;
    }

    /// <summary>Triage: this signal is about a person CoMensha already registered.</summary>
    public void LinkToVictim(Guid victimId, Guid coordinator, DateTime nowUtc) => Triage(SignalStatus.LinkedToVictim, victimId, null, coordinator, nowUtc);

    /// <summary>Triage: a new possible victim was registered from this signal.</summary>
    public void RegisteredAsVictim(Guid victimId, Guid coordinator, DateTime nowUtc) => Triage(SignalStatus.RegisteredAsNewVictim, victimId, null, coordinator, nowUtc);

    /// <summary>Triage: the same report came in before (the note says which).</summary>
    public void MarkDuplicate(string? note, Guid coordinator, DateTime nowUtc) => Triage(SignalStatus.Duplicate, null, note, coordinator, nowUtc);

    /// <summary>Triage: not a signal of trafficking; the reason is required.</summary>
    public void CloseAsNotTrafficking(string reason, Guid coordinator, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason why this is not a trafficking signal.");
        Triage(SignalStatus.NotTrafficking, null, reason, coordinator, nowUtc);
    }

    private void Triage(SignalStatus outcome, Guid? victimId, string? note, Guid coordinator, DateTime nowUtc)
    {
        if (Status != SignalStatus.New) throw new DomainException("This signal has already been triaged.");
        Status = outcome;
        VictimId = victimId;
        TriageNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        TriagedBy = coordinator;
        TriagedAtUtc = nowUtc;
    }

    /// <summary>The reference shown to reporters, e.g. SIG-2026-000123: the (Dutch) year of reporting and a number that runs per year.</summary>
    public static string FormatReference(int year, long number) => FormattableString.Invariant($"SIG-{year}-{number:000000}");
}

/// <summary>Who reported a signal: taken from the login, never from the form.</summary>
public sealed record Reporter(Guid UserId, Guid OrganisationId, OrganisationType OrganisationType);

/// <summary>One indicator observed in a signal, by its code in the signal's indicator-list version.</summary>
public sealed record SignalIndicator(string Code);
