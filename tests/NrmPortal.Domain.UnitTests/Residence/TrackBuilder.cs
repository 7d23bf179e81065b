using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.UnitTests.Residence;

/// <summary>
/// Short paths through a residence track for the tests: each method records one step with valid arguments, on the day
/// given, with "today" that same day, and returns the track so that paths read as one line.
/// </summary>
internal static class TrackBuilder
{
    public static readonly ResidenceRules Rules = new();

    public static ResidenceTrack NewTrack(NationalityGroup nationality = NationalityGroup.OutsideEu) =>
        ResidenceTrack.Start(Guid.NewGuid(), null, Guid.NewGuid(), nationality);

    public static ReflectionOffer AcceptedOffer(DateOnly on, DateOnly? startsOn = null) =>
        new(on, "AVIM Rotterdam", "Officer 1234", null, InDetention: false, ProsecutionConsentOn: null, ReflectionDecision.Accepted, startsOn, null);

    public static ReflectionOffer DeclinedOffer(DateOnly on) =>
        new(on, "AVIM Rotterdam", "Officer 1234", null, InDetention: false, ProsecutionConsentOn: null, ReflectionDecision.Declined, null,
            DeclineReason.DeclinesEverything);

    public static ResidenceTrack Offered(this ResidenceTrack track, DateOnly on)
    {
        track.OfferReflection(AcceptedOffer(on), Rules, on);
        return track;
    }

    public static ResidenceTrack Declined(this ResidenceTrack track, DateOnly on)
    {
        track.OfferReflection(DeclinedOffer(on), Rules, on);
        return track;
    }

    public static ResidenceTrack EndedEarly(this ResidenceTrack track, DateOnly on)
    {
        track.EndReflectionEarly(on, ReflectionEndReason.NoLongerWanted, on);
        return track;
    }

    public static ResidenceTrack Reported(this ResidenceTrack track, DateOnly on)
    {
        track.RecordCooperation(CooperationKind.Report, on, "AVIM Rotterdam", "PL1700-2025-1", on);
        return track;
    }

    public static ResidenceTrack Prosecuted(this ResidenceTrack track, DateOnly on) => Decided(track, ProsecutionDecisionKind.Prosecute, on);
    public static ResidenceTrack Dismissed(this ResidenceTrack track, DateOnly on, bool complaint = false) =>
        Decided(track, ProsecutionDecisionKind.Dismissal, on, complaint);
    public static ResidenceTrack Convicted(this ResidenceTrack track, DateOnly on) => Decided(track, ProsecutionDecisionKind.Conviction, on);
    public static ResidenceTrack Acquitted(this ResidenceTrack track, DateOnly on) => Decided(track, ProsecutionDecisionKind.Acquittal, on);

    private static ResidenceTrack Decided(ResidenceTrack track, ProsecutionDecisionKind kind, DateOnly on, bool complaint = false)
    {
        track.RecordProsecutionDecision(kind, on, complaint, on);
        return track;
    }

    public static ResidenceTrack ComplaintDecided(this ResidenceTrack track, bool upheld, DateOnly on)
    {
        track.RecordComplaintOutcome(upheld, on, on);
        return track;
    }

    public static ResidenceTrack AppliedTemporary(this ResidenceTrack track, DateOnly on)
    {
        track.Apply(ApplicationKind.TemporaryAfterCooperation, on, exOfficio: false, ground: null, on);
        return track;
    }

    public static ResidenceTrack AppliedCannotCooperate(this ResidenceTrack track, DateOnly on)
    {
        track.Apply(ApplicationKind.TemporaryCannotCooperate, on, exOfficio: false, CannotCooperateGround.SeriousThreat, on);
        return track;
    }

    public static ResidenceTrack AppliedContinued(this ResidenceTrack track, DateOnly on)
    {
        track.Apply(ApplicationKind.NonTemporaryHumanitarian, on, exOfficio: false, ground: null, on);
        return track;
    }

    /// <summary>Grants the pending application, valid from <paramref name="on"/> (for one year unless given).</summary>
    public static ResidenceTrack Granted(this ResidenceTrack track, DateOnly on, DateOnly? validUntil = null)
    {
        track.Decide(granted: true, on, on, validUntil ?? on.AddYears(1), on);
        return track;
    }

    public static ResidenceTrack Refused(this ResidenceTrack track, DateOnly on)
    {
        track.Decide(granted: false, on, null, null, on);
        return track;
    }

    public static ResidenceTrack Extended(this ResidenceTrack track, DateOnly on, DateOnly newValidUntil)
    {
        track.ExtendPermit(on, newValidUntil, on);
        return track;
    }

    public static ResidenceTrack WithdrawalIntended(this ResidenceTrack track, DateOnly on)
    {
        track.IntendWithdrawal(on, on);
        return track;
    }

    public static ResidenceTrack Withdrawn(this ResidenceTrack track, DateOnly on)
    {
        track.WithdrawPermit(on, on);
        return track;
    }
}
