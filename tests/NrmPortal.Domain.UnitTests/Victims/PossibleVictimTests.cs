using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Domain.UnitTests.Victims;

public sealed class PossibleVictimTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>Stands in for the keyed blind index: the normalised name itself.</summary>
    private sealed class NormalisedNameIndex : INameIndex
    {
        public string? Of(string name) => NameNormaliser.Normalise(name) is { Length: > 0 } normalised ? normalised : null;
    }

    private static readonly INameIndex Names = new NormalisedNameIndex();

    private static Signal SignalAbout(string? name, string? alias = null, ExploitationForms forms = ExploitationForms.Sexual, int? age = 30) =>
        Signal.Register("SIG-2026-000001", Now, new Reporter(Guid.NewGuid(), Guid.NewGuid(), OrganisationType.Police), MeetingContext.PoliceControl,
            Regions.Amsterdam, 1, ["CC-01"], forms, new PersonDetails(name, alias, Sex.Male, null, age, "UA", null, 1, null, null), false, null, null);

    [Theory]
    [InlineData("José  da Silva", "jose da silva")]
    [InlineData("  ÉLODIE-Marie  ", "elodie marie")]
    [InlineData("O'Brien", "o brien")]
    [InlineData("Łukasz", "łukasz")] // ł is a letter of its own, not an l with a mark
    [InlineData("Jose", "jose")]
    [InlineData("JOSÉ", "jose")]
    [InlineData("Ana\tLúcia\n Núñez", "ana lucia nunez")]
    [InlineData("Zoë  Ångström", "zoe angstrom")]
    [InlineData(" - . ", "")]
    public void Normalises_case_accents_and_spacing(string name, string expected) => Assert.Equal(expected, NameNormaliser.Normalise(name));

    [Fact]
    public void Registers_from_a_signal_with_the_age_at_registration_stored()
    {
        var victim = PossibleVictim.RegisterFrom(SignalAbout("Taras", age: 17), "CM-2026-00001", Now, Names);

        Assert.Equal(17, victim.AgeAtRegistration);
        Assert.True(victim.IsMinor);
        Assert.True(victim.DateOfBirthEstimated);
        Assert.Equal(NationalityGroup.OutsideEu, victim.NationalityGroup);
        Assert.Equal(OrganisationType.Police, victim.FirstReporterType);
        Assert.Equal([TimelineEventKind.Registered, TimelineEventKind.SignalLinked], victim.Timeline.Select(e => e.Kind));
    }

    [Fact]
    public void Linking_adds_new_names_only_and_merges_the_forms()
    {
        var victim = PossibleVictim.RegisterFrom(SignalAbout("Taras Bulba"), "CM-2026-00001", Now, Names);

        victim.LinkSignal(SignalAbout("TARAS  bulba", alias: "Tarik", forms: ExploitationForms.Labour), Now.AddDays(1), Names);

        Assert.Equal(["Taras Bulba", "Tarik"], victim.Names.Select(n => n.Value));
        Assert.Equal(ExploitationForms.Sexual | ExploitationForms.Labour, victim.ExploitationForms);
        Assert.Equal(2, victim.Timeline.Count(e => e.Kind == TimelineEventKind.SignalLinked));
    }

    [Fact]
    public void A_closed_file_takes_no_signals_and_closes_once()
    {
        var victim = PossibleVictim.RegisterFrom(SignalAbout(null), "CM-2026-00001", Now, Names);

        victim.Close(CloseReason.LeftToUnknownDestination, Now);

        Assert.Equal(VictimFileStatus.Closed, victim.Status);
        Assert.Throws<DomainException>(() => victim.Close(CloseReason.Returned, Now));
        Assert.Throws<DomainException>(() => victim.LinkSignal(SignalAbout("X"), Now, Names));
    }

    [Fact]
    public void A_signal_is_triaged_once()
    {
        var signal = SignalAbout("X");

        signal.MarkDuplicate("SIG-2026-000009", Guid.NewGuid(), Now);

        Assert.Equal(SignalStatus.Duplicate, signal.Status);
        Assert.Throws<DomainException>(() => signal.RegisteredAsVictim(Guid.NewGuid(), Guid.NewGuid(), Now));
        Assert.Throws<DomainException>(() => SignalAbout("Y").CloseAsNotTrafficking(" ", Guid.NewGuid(), Now));
    }

    [Theory]
    [InlineData(2026, 1, "CM-2026-00001")]
    [InlineData(2027, 12345, "CM-2027-12345")]
    public void Formats_registration_numbers_per_year(int year, long number, string expected) =>
        Assert.Equal(expected, PossibleVictim.FormatRegistrationNumber(year, number));
}
