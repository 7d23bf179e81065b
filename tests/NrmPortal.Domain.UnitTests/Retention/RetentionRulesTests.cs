using NrmPortal.Domain.Common;
using NrmPortal.Domain.Retention;

namespace NrmPortal.Domain.UnitTests.Retention;

/// <summary>The retention settings' bounds and cut-offs, the legal hold's rules, and the four eyes of an erasure request.</summary>
public sealed class RetentionRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Officer = Guid.CreateVersion7();
    private static readonly Guid Second = Guid.CreateVersion7();

    [Fact]
    public void The_defaults_are_valid_and_out_of_range_settings_are_named()
    {
        Assert.Empty(new RetentionRules().Problems());
        Assert.Contains(new RetentionRules { ClosedVictimFileMonths = 11 }.Problems(), p => p.Contains("ClosedVictimFileMonths", StringComparison.Ordinal));
        Assert.Contains(new RetentionRules { ClosedVictimFileMonths = 241 }.Problems(), p => p.Contains("ClosedVictimFileMonths", StringComparison.Ordinal));
        Assert.Contains(new RetentionRules { SignalWithoutRegistrationMonths = 0 }.Problems(), p => p.Contains("SignalWithoutRegistrationMonths", StringComparison.Ordinal));
        Assert.Contains(new RetentionRules { BatchSize = 10_001 }.Problems(), p => p.Contains("BatchSize", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cut_offs_lie_the_period_before_now()
    {
        var rules = new RetentionRules();

        Assert.Equal(new DateTime(2021, 11, 23, 10, 0, 0, DateTimeKind.Utc), rules.VictimFileCutOff(Now));
        Assert.Equal(new DateTime(2025, 11, 23, 10, 0, 0, DateTimeKind.Utc), rules.SignalCutOff(Now));
    }

    [Fact]
    public void A_legal_hold_needs_a_reason_to_be_placed_and_to_be_lifted_and_keeps_both()
    {
        Assert.Throws<DomainException>(() => LegalHold.None.Place(" ", Officer, Now));
        var placed = LegalHold.None.Place("Strafzaak", Officer, Now);
        Assert.Throws<DomainException>(() => placed.Place("Nogmaals", Officer, Now));
        Assert.Throws<DomainException>(() => placed.Lift("", Officer, Now));
        var lifted = placed.Lift("Afgerond", Second, Now.AddDays(1));

        Assert.True(placed.IsOn);
        Assert.False(lifted.IsOn);
        Assert.Equal("Strafzaak", lifted.Reason);
        Assert.Equal("Afgerond", lifted.LiftReason);
        Assert.Equal(Second, lifted.LiftedBy);
        Assert.Throws<DomainException>(() => lifted.Lift("Nogmaals", Officer, Now));
    }

    [Fact]
    public void The_officer_who_filed_an_erasure_request_cannot_decide_it_and_it_is_decided_once()
    {
        var request = ErasureRequest.File(Guid.CreateVersion7(), ErasureGround.Objection, "Bezwaar ontvangen", Officer, Now);

        Assert.Equal(ErasureRequest.SameOfficer, Assert.Throws<DomainException>(() => request.Approve(Officer, null, Now)).Message);
        Assert.Equal(ErasureRequest.SameOfficer, Assert.Throws<DomainException>(() => request.Reject(Officer, "Nee", Now)).Message);
        Assert.Throws<DomainException>(() => request.Reject(Second, " ", Now));
        request.Approve(Second, null, Now);
        Assert.Equal(ErasureRequestStatus.Approved, request.Status);
        Assert.Equal(ErasureRequest.AlreadyDecided, Assert.Throws<DomainException>(() => request.Reject(Second, "Toch niet", Now)).Message);
    }

    [Fact]
    public void An_anonymous_reference_names_nobody_and_fits_the_reference_columns()
    {
        var id = Guid.CreateVersion7();

        Assert.StartsWith(AnonymousReference.Prefix, AnonymousReference.For(id), StringComparison.Ordinal);
        Assert.True(AnonymousReference.For(id).Length <= NrmPortal.Domain.Victims.PossibleVictim.RegistrationNumberMaxLength);
        Assert.Equal(AnonymousReference.For(id), AnonymousReference.For(id));
    }
}
