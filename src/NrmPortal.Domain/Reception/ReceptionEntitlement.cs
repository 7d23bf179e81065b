using System.Linq.Expressions;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.Reception;

/// <summary>What gives a foreign victim the right to COA reception and an allowance.</summary>
public enum EntitlementBasis
{
    /// <summary>A reflection period (bedenktijd) is running.</summary>
    ReflectionPeriod,
    /// <summary>A report was made: the B8.3 application is pending (or is to be recorded ex officio by the IND).</summary>
    PermitApplied,
    /// <summary>A temporary B8.3 permit is held.</summary>
    TemporaryPermit,
    /// <summary>The IND intends to withdraw the permit; it is still held.</summary>
    WithdrawalIntended,
    /// <summary>Continued residence (non-temporary humanitarian) is applied for; the temporary permit is still held.</summary>
    ContinuedResidenceApplied,
}

/// <summary>Why someone is (no longer) entitled to COA reception.</summary>
public enum EntitlementEndReason
{
    /// <summary>Nothing on the track gives a right to reception (no reflection period, report or permit).</summary>
    NoBasis,
    ReflectionEndedWithoutReport,
    PermitWithdrawn,
    PermitRefused,
    /// <summary>A non-temporary permit: regular benefits and housing take over from COA.</summary>
    NonTemporaryPermit,
    DutchNational,
}

/// <summary>The entitlement on one day: its basis and dates, or why there is none and since when.</summary>
public sealed record Entitlement(bool IsEntitled, EntitlementBasis? Basis, DateOnly? From, DateOnly? Until, EntitlementEndReason? EndReason, DateOnly? EndedOn);

/// <summary>
/// The one rule for COA reception and allowances (Rvb, "Regeling verstrekkingen bepaalde categorieën vreemdelingen"):
/// a foreign victim is entitled while a reflection period runs, and while a B8.3 application is pending or the temporary
/// B8.3 permit is held (also while its withdrawal is intended or continued residence is applied for). Dutch nationals never:
/// they have regular benefits and care. The entitlement ends when the reflection period ends without a report, or the permit
/// is refused or withdrawn; a non-temporary permit moves the person to regular benefits.
/// Source: domain brief §1 (COA: reception and allowances for foreign victims in reflection or on a B8.3 permit) and §2.3;
/// the "application pending" basis follows from the brief's note that a report leads to an application ex officio the same
/// day (Vc B8/3.1), so reception continues without a gap between the report and the IND's decision.
/// </summary>
public static class ReceptionEntitlement
{
    /// <summary>The entitlement of the person on <paramref name="today"/>, judged from their track.</summary>
    public static Entitlement Of(ResidenceTrack track, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (track.NationalityGroup == NationalityGroup.Dutch) return Ended(EntitlementEndReason.DutchNational, null);

        // Reception runs on without a gap from a reflection period through the report to the permit, unless a refusal or
        // withdrawal broke it: then it starts again with the next application.
        var lastBreak = LastBreak(track);
        var chainStart = lastBreak is null ? Earliest(ReflectionEndedByReport(track)?.StartsOn, track.CooperationOn) : null;
        switch (track.ResidenceState)
        {
            case ResidenceState.TemporaryPermit:
            case ResidenceState.WithdrawalIntended:
            case ResidenceState.ContinuedResidenceApplied:
                var basis = track.ResidenceState switch
                {
                    ResidenceState.TemporaryPermit => EntitlementBasis.TemporaryPermit,
                    ResidenceState.WithdrawalIntended => EntitlementBasis.WithdrawalIntended,
                    _ => EntitlementBasis.ContinuedResidenceApplied,
                };
                var firstApplication = FirstTrackApplicationSince(track, lastBreak);
                return Entitled(basis, Earliest(chainStart, firstApplication?.AppliedOn, track.FirstPermitFrom), track.TemporaryPermitValidUntil);
        }

        if (track.ReflectionStateOn(today) == ReflectionState.Running)
        {
            var running = track.ReflectionPeriods.LastOrDefault(p => p.IsRunningOn(today));
            return Entitled(EntitlementBasis.ReflectionPeriod, running?.StartsOn, track.ReflectionEndsOn);
        }

        if (track.ResidenceState == ResidenceState.TemporaryApplied || (track.ResidenceState == ResidenceState.None && track.CaseState != CaseState.NoReport))
        {
            var pending = track.Applications.LastOrDefault(a => a.IsPending && a.Kind is ApplicationKind.TemporaryAfterCooperation or ApplicationKind.TemporaryCannotCooperate);
            return Entitled(EntitlementBasis.PermitApplied, Earliest(chainStart, pending?.AppliedOn), null);
        }

        return track.ResidenceState switch
        {
            ResidenceState.NonTemporaryPermit => Ended(EntitlementEndReason.NonTemporaryPermit,
                track.Applications.LastOrDefault(a => a.Kind == ApplicationKind.NonTemporaryHumanitarian && a.Granted == true)?.ValidFrom),
            ResidenceState.Withdrawn => Ended(EntitlementEndReason.PermitWithdrawn, track.Applications.LastOrDefault(a => a.WithdrawnOn != null)?.WithdrawnOn),
            ResidenceState.TemporaryRefused => Ended(EntitlementEndReason.PermitRefused, track.Applications.LastOrDefault(a => a.Granted == false)?.DecidedOn),
            _ when track.ReflectionStateOn(today) is ReflectionState.Ended or ReflectionState.Declined =>
                Ended(EntitlementEndReason.ReflectionEndedWithoutReport, track.ReflectionPeriods is [.., var last] ? last.EffectiveEnd ?? last.OfferedOn : null),
            _ => Ended(EntitlementEndReason.NoBasis, null),
        };
    }

    /// <summary>
    /// The same rule as <see cref="Of"/>, for a database query (entitled or not; the basis and dates are computed by
    /// <see cref="Of"/> on the rows found). A unit test holds the two equal for every state.
    /// </summary>
    public static Expression<Func<ResidenceTrack, bool>> IsEntitledOn(DateOnly today) => t =>
        t.NationalityGroup != NationalityGroup.Dutch
        && (t.ResidenceState == ResidenceState.TemporaryPermit || t.ResidenceState == ResidenceState.WithdrawalIntended
            || t.ResidenceState == ResidenceState.ContinuedResidenceApplied || t.ResidenceState == ResidenceState.TemporaryApplied
            || (t.ReflectionState == ReflectionState.Running && t.ReflectionEndsOn >= today)
            || (t.ResidenceState == ResidenceState.None && t.CaseState != CaseState.NoReport));

    private static Entitlement Entitled(EntitlementBasis basis, DateOnly? from, DateOnly? until) => new(true, basis, from, until, null, null);

    private static Entitlement Ended(EntitlementEndReason reason, DateOnly? on) => new(false, null, null, null, reason, on);

    /// <summary>A reflection period that ended with the report: reception continues from its start.</summary>
    private static ReflectionPeriod? ReflectionEndedByReport(ResidenceTrack track) =>
        track.ReflectionPeriods is [.., { EarlyEndReason: ReflectionEndReason.ReportMade } period] ? period : null;

    /// <summary>The last refusal or withdrawal: a new application after it starts a new entitlement.</summary>
    private static DateOnly? LastBreak(ResidenceTrack track) =>
        track.Applications.Where(a => a.Granted == false && a.Kind is ApplicationKind.TemporaryAfterCooperation or ApplicationKind.TemporaryCannotCooperate)
            .Select(a => a.DecidedOn).Concat(track.Applications.Select(a => a.WithdrawnOn)).Max();

    private static ResidenceApplication? FirstTrackApplicationSince(ResidenceTrack track, DateOnly? since) =>
        track.Applications.FirstOrDefault(a => !a.IsExtension && a.Kind is ApplicationKind.TemporaryAfterCooperation or ApplicationKind.TemporaryCannotCooperate
            && (since is null || a.AppliedOn >= since));

    private static DateOnly? Earliest(params DateOnly?[] dates) => dates.Where(d => d is not null).Min();
}
