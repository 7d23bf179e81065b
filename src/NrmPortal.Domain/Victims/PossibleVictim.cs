using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.Victims;

/// <summary>
/// CoMensha's registration of a possible victim, made from a signal at triage. Age at registration is stored, not
/// recomputed (CoMensha records age at registration, brief §3.2, L8545–8546). The timeline records everything that
/// happens to the person; later issues add their events to it.
/// </summary>
public sealed class PossibleVictim : IVersioned, ITracksChanges
{
    public const int RegistrationNumberMaxLength = 20;

    private readonly List<VictimName> _names = [];
    private readonly List<TimelineEvent> _timeline = [];

    private PossibleVictim() { } // for EF Core

    public Guid Id { get; private set; }
    public string RegistrationNumber { get; private set; } = "";
    public DateTime RegisteredAtUtc { get; private set; }
    public IReadOnlyCollection<VictimName> Names => _names.AsReadOnly();
    public Sex Sex { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public bool DateOfBirthEstimated { get; private set; }
    public int? AgeAtRegistration { get; private set; }
    public bool? IsMinor { get; private set; }
    public string? NationalityCode { get; private set; }
    public NationalityGroup NationalityGroup { get; private set; }
    public ExploitationForms ExploitationForms { get; private set; }
    public OrganisationType FirstReporterType { get; private set; }
    public int AccompanyingChildren { get; private set; }
    public string? Languages { get; private set; }
    public Regions Region { get; private set; }
    public VictimFileStatus Status { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    /// <summary>The guardianship organisation (Nidos) of an unaccompanied minor, set by CoMensha.</summary>
    public Guid? GuardianOrganisationId { get; private set; }
    public CloseReason? CloseReason { get; private set; }
    public IReadOnlyCollection<TimelineEvent> Timeline => _timeline.AsReadOnly();
    /// <summary>A legal hold stops the retention job and erasure (see <see cref="Retention.LegalHold"/>).</summary>
    public LegalHold LegalHold { get; private set; } = LegalHold.None;
    /// <summary>When the identifying data was erased (retention or an erasure request); the anonymous facts remain.</summary>
    public DateTime? AnonymisedAtUtc { get; private set; }
    public bool IsAnonymised => AnonymisedAtUtc is not null;

    public Guid Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    public static string FormatRegistrationNumber(int year, long number) => FormattableString.Invariant($"CM-{year}-{number:00000}");

    public static PossibleVictim RegisterFrom(Signal signal, string registrationNumber, DateTime nowUtc, INameIndex nameIndex)
    {
        var person = signal.Person;
        var age = person.AgeOn(DutchCalendar.DateOf(nowUtc));
        var victim = new PossibleVictim
        {
            Id = Guid.CreateVersion7(),
            RegistrationNumber = registrationNumber,
            RegisteredAtUtc = nowUtc,
            Sex = person.Sex,
            DateOfBirth = person.DateOfBirth,
            DateOfBirthEstimated = person.DateOfBirth is null,
            AgeAtRegistration = age,
            IsMinor = age is { } years ? Age.IsMinor(years) : null,
            NationalityCode = person.NationalityCode,
            NationalityGroup = signal.NationalityGroup,
            ExploitationForms = signal.ExploitationForms,
            FirstReporterType = signal.ReporterOrganisationType,
            AccompanyingChildren = person.AccompanyingChildren,
            Languages = person.Languages,
            Region = signal.Region,
            Status = VictimFileStatus.Open,
        };
        victim._timeline.Add(new TimelineEvent(Guid.CreateVersion7(), nowUtc, TimelineEventKind.Registered, registrationNumber));
        victim.AddSignal(signal, nowUtc, nameIndex);
        return victim;
    }

    /// <summary>Links another signal about the same person: its names are added, its exploitation forms merged.</summary>
    public void LinkSignal(Signal signal, DateTime nowUtc, INameIndex nameIndex)
    {
        if (Status == VictimFileStatus.Closed) throw new DomainException("The file is closed; reopen it before linking a signal.");
        if (IsAnonymised) throw new DomainException(AnonymisedRefusal);
        ExploitationForms |= signal.ExploitationForms;
        AddSignal(signal, nowUtc, nameIndex);
    }

    public void Close(CloseReason reason, DateTime nowUtc)
    {
        if (Status == VictimFileStatus.Closed) throw new DomainException("The file is already closed.");
        if (!Enum.IsDefined(reason)) throw new DomainException("Unknown reason.");
        Status = VictimFileStatus.Closed;
        ClosedAtUtc = nowUtc;
        CloseReason = reason;
        _timeline.Add(new TimelineEvent(Guid.CreateVersion7(), nowUtc, TimelineEventKind.Closed, reason.ToString()));
    }

    /// <summary>
    /// Records the guardianship organisation (Nidos) of an unaccompanied minor. The caller checks the organisation is of type
    /// Nidos; the person must be a minor, or of unknown age.
    /// </summary>
    public void SetGuardian(Guid organisationId, string organisationName, DateTime nowUtc)
    {
        if (Status == VictimFileStatus.Closed) throw new DomainException("The file is closed; reopen it before changing it.");
        if (IsMinor == false) throw new DomainException(GuardianOnlyForMinors);
        if (GuardianOrganisationId == organisationId) return;
        GuardianOrganisationId = organisationId;
        _timeline.Add(new TimelineEvent(Guid.CreateVersion7(), nowUtc, TimelineEventKind.GuardianSet,
            organisationName.Length > TimelineReferenceMaxLength ? organisationName[..TimelineReferenceMaxLength] : organisationName));
    }

    public void PlaceLegalHold(string reason, Guid by, DateTime nowUtc) => LegalHold = LegalHold.Place(reason, by, nowUtc);

    public void LiftLegalHold(string reason, Guid by, DateTime nowUtc) => LegalHold = LegalHold.Lift(reason, by, nowUtc);

    /// <summary>The fields <see cref="Anonymise"/> erases (for the audit trail: names only, never values).</summary>
    public static readonly IReadOnlyList<string> ErasedFields =
        [nameof(RegistrationNumber), nameof(Names), nameof(DateOfBirth), nameof(Languages), nameof(AccompanyingChildren), nameof(GuardianOrganisationId), "Timeline.Reference"];

    /// <summary>
    /// Erases what identifies the person: registration number (replaced by an ANON- reference), names and aliases, date of
    /// birth, languages, children, guardian and the references on the timeline. Keeps the anonymous facts the statistics
    /// need: registration date, sex, age at registration, minor, nationality and its group, forms of exploitation, first
    /// reporter type, region, status and closing. Returns false when it was already anonymised (idempotent).
    /// </summary>
    public bool Anonymise(DateTime nowUtc)
    {
        if (IsAnonymised) return false;
        if (LegalHold.IsOn) throw new DomainException(LegalHoldRefusal.Message);
        RegistrationNumber = AnonymousReference.For(Id);
        _names.Clear();
        DateOfBirth = null;
        DateOfBirthEstimated = true;
        Languages = null;
        AccompanyingChildren = 0;
        GuardianOrganisationId = null;
        var events = _timeline.ToList();
        _timeline.Clear();
        _timeline.AddRange(events.Select(e => new TimelineEvent(Guid.CreateVersion7(), e.OccurredAtUtc, e.Kind,
            e.Kind == TimelineEventKind.Closed ? e.Reference : null)));
        AnonymisedAtUtc = nowUtc;
        return true;
    }

    public const string AnonymisedRefusal = "This record has been anonymised: nothing can be added to it.";
    public const int TimelineReferenceMaxLength = 100;
    public const string GuardianOnlyForMinors = "A guardianship organisation is recorded only for a minor.";

    private void AddSignal(Signal signal, DateTime nowUtc, INameIndex nameIndex)
    {
        AddName(signal.Person.Name, isAlias: false, nameIndex);
        AddName(signal.Person.Alias, isAlias: true, nameIndex);
        _timeline.Add(new TimelineEvent(Guid.CreateVersion7(), nowUtc, TimelineEventKind.SignalLinked, signal.Reference));
    }

    private void AddName(string? name, bool isAlias, INameIndex nameIndex)
    {
        if (string.IsNullOrWhiteSpace(name)) return;
        var index = nameIndex.Of(name);
        if (index is null || _names.Any(n => n.NameIndex == index)) return;
        _names.Add(new VictimName(name.Trim(), index, isAlias));
    }
}

/// <summary>
/// A name or alias the person is known by, with its blind index for matching (<see cref="INameIndex"/>): names that normalise
/// alike have the same index, so a person holds each name once.
/// </summary>
public sealed record VictimName(string Value, string NameIndex, bool IsAlias)
{
    /// <summary>The length of a stored index: 128 bits of HMAC-SHA256 as lowercase hex.</summary>
    public const int NameIndexLength = 32;
}

/// <summary>
/// The order a person's names are shown in. Names are stored encrypted and keyed by their blind index, so the database returns
/// them in the order of a keyed hash: that is no order at all. They are shown by their normalised form (as they were when the
/// normalised name itself was the key), so every page names the person the same way on every request.
/// </summary>
public static class VictimNameOrder
{
    /// <summary>All names and aliases by their normalised form.</summary>
    public static IReadOnlyList<VictimName> Ordered(IEnumerable<VictimName> names) =>
        names.OrderBy(n => NameNormaliser.Normalise(n.Value), StringComparer.Ordinal).ThenBy(n => n.Value, StringComparer.Ordinal).ToList();

    /// <summary>The name a page shows for the person: the first name that is not an alias, else the first alias, else null.</summary>
    public static string? PrimaryOf(IEnumerable<VictimName> names)
    {
        var ordered = Ordered(names);
        return ordered.Where(n => !n.IsAlias).Select(n => n.Value).FirstOrDefault() ?? ordered.Select(n => n.Value).FirstOrDefault();
    }

    /// <summary>The first name that is not an alias, or null.</summary>
    public static string? FirstNameOf(IEnumerable<VictimName> names) => Ordered(names).Where(n => !n.IsAlias).Select(n => n.Value).FirstOrDefault();
}

/// <summary>One event on the person's timeline; <see cref="Reference"/> names what it concerns (a signal reference, a reason).</summary>
public sealed record TimelineEvent(Guid Id, DateTime OccurredAtUtc, TimelineEventKind Kind, string? Reference);
