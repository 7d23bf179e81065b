using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.UnitTests.Signals;

public sealed class SignalTests
{
    private static readonly DateTime ReportedAt = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Reporter CareWorker = new(Guid.NewGuid(), Guid.NewGuid(), OrganisationType.CareProvider);
    private static readonly Reporter Police = new(Guid.NewGuid(), Guid.NewGuid(), OrganisationType.Police);

    private static PersonDetails Person(string? name = "Ana", DateOnly? born = null, int? estimate = null, string? nationality = "RO", bool? accompanied = null) =>
        new(name, null, Sex.Female, born, estimate, nationality, "Roemeens", 0, accompanied, null);

    private static Signal Register(Reporter reporter, PersonDetails person, bool? consent = true, bool danger = false) =>
        Signal.Register("SIG-2026-000001", ReportedAt, reporter, MeetingContext.HealthCare, Regions.Rotterdam, 1, ["CC-01", " CC-01 ", "DD-01"],
            ExploitationForms.Sexual, person, danger, consent, "  Verhaal  ");

    [Fact]
    public void Stores_the_derived_categories_as_on_the_day_of_reporting()
    {
        var signal = Register(CareWorker, Person(born: new DateOnly(2008, 11, 24)));

        Assert.Equal(17, signal.AgeAtReport);
        Assert.True(signal.IsMinor);
        Assert.Equal(NationalityGroup.Eu, signal.NationalityGroup);
        Assert.Equal(["CC-01", "DD-01"], signal.Indicators.Select(i => i.Code));
        Assert.Equal("Verhaal", signal.Account);
        Assert.Equal(SignalStatus.New, signal.Status);
    }

    [Fact]
    public void An_estimated_age_counts_when_the_date_of_birth_is_unknown()
    {
        var signal = Register(CareWorker, Person(estimate: 18, nationality: null));

        Assert.Equal(18, signal.AgeAtReport);
        Assert.False(signal.IsMinor);
        Assert.Equal(NationalityGroup.Unknown, signal.NationalityGroup);
    }

    [Fact]
    public void Organisations_with_a_reporting_duty_report_without_consent()
    {
        var signal = Register(Police, Person(), consent: null);

        Assert.Null(signal.ConsentToRegistration);
        Assert.Throws<DomainException>(() => Register(CareWorker, Person(), consent: null));
    }

    [Fact]
    public void Without_consent_the_signal_must_be_anonymous()
    {
        Assert.Throws<DomainException>(() => Register(CareWorker, Person(name: "Ana"), consent: false));

        var anonymous = Register(CareWorker, Person(name: null), consent: false);
        Assert.True(anonymous.IsAnonymous);
    }

    [Fact]
    public void Refuses_a_date_of_birth_after_the_report_and_an_age_over_120()
    {
        Assert.Throws<DomainException>(() => Register(CareWorker, Person(born: new DateOnly(2026, 11, 24))));
        Assert.Throws<DomainException>(() => Register(CareWorker, Person(estimate: 121)));
        Assert.Equal(120, Register(CareWorker, Person(born: new DateOnly(1906, 11, 23))).AgeAtReport);
    }

    [Fact]
    public void The_handling_steps_follow_the_signal()
    {
        var signal = Register(CareWorker, Person(born: new DateOnly(2012, 1, 1), nationality: "NG", accompanied: false), danger: true);

        Assert.Equal([HandlingStep.CallEmergencyNumberFirst, HandlingStep.CoMenshaCoordinatesCare, HandlingStep.InformAboutReflectionPeriodThroughPolice,
            HandlingStep.InvolveYouthCare, HandlingStep.InvolveNidosGuardianship], signal.HandlingSteps);
    }

    [Theory]
    [InlineData(2026, 123, "SIG-2026-000123")]
    [InlineData(2027, 1, "SIG-2027-000001")]
    public void Formats_references_per_year(int year, long number, string expected) => Assert.Equal(expected, Signal.FormatReference(year, number));

    [Theory]
    [InlineData(OrganisationType.Police, true)]
    [InlineData(OrganisationType.RoyalMarechaussee, true)]
    [InlineData(OrganisationType.LabourInspectorate, true)]
    [InlineData(OrganisationType.CareProvider, false)]
    [InlineData(OrganisationType.Coa, false)]
    [InlineData(OrganisationType.Ind, false)]
    public void Police_KMar_and_the_Labour_Inspectorate_have_the_reporting_duty(OrganisationType type, bool duty) =>
        Assert.Equal(duty, ReportingDuty.AppliesTo(type));
}
