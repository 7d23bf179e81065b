using NrmPortal.Domain.Security;

namespace NrmPortal.Domain.Residence;

/// <summary>The three parts of a track; each role sees only the parts it needs (need-to-know, issue brief §7).</summary>
public enum TrackArea
{
    Reflection,
    CriminalCase,
    Residence,
}

public enum TrackEventKind
{
    ReflectionOffered,
    ReflectionDeclined,
    ReflectionStarted,
    ReflectionEndedEarly,
    ReflectionEnded,
    CooperationRecorded,
    DecisionToProsecute,
    Dismissed,
    Convicted,
    Acquitted,
    ComplaintUpheld,
    ComplaintRejected,
    ApplicationMade,
    ApplicationGranted,
    ApplicationRefused,
    PermitExtended,
    WithdrawalIntended,
    PermitWithdrawn,
}

/// <summary>One event on a track; <see cref="Detail"/> is an enum value that says more (an application kind, a reason).</summary>
public sealed record TrackEvent(DateOnly On, TrackEventKind Kind, TrackArea Area, Enum? Detail);

/// <summary>The track as a list of dated events, derived from its recorded steps, filtered to what a role may see.</summary>
public static class TrackTimeline
{
    /// <summary>
    /// Police see the reflection period and the criminal case; the IND and CoMensha also the residence steps. Other roles
    /// see nothing of the track.
    /// </summary>
    public static IReadOnlySet<TrackArea> AreasVisibleTo(string? role) => Areas(category => NeedToKnow.AllowsAny(role, category));

    /// <summary>The parts of a track the role sees on a track of this relation (<see cref="NeedToKnow"/>).</summary>
    public static IReadOnlySet<TrackArea> AreasVisibleTo(string? role, Relation relation) => Areas(category => NeedToKnow.Allows(role, category, relation));

    private static HashSet<TrackArea> Areas(Func<DataCategory, bool> allows)
    {
        var areas = new HashSet<TrackArea>();
        if (allows(DataCategory.CaseProgress)) areas.UnionWith([TrackArea.Reflection, TrackArea.CriminalCase]);
        if (allows(DataCategory.ResidenceData)) areas.Add(TrackArea.Residence);
        return areas;
    }

    public static IReadOnlyList<TrackEvent> EventsOf(ResidenceTrack track, IReadOnlySet<TrackArea> visible, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(visible);
        var events = new List<TrackEvent>();
        foreach (var p in track.ReflectionPeriods)
        {
            events.Add(new(p.OfferedOn, TrackEventKind.ReflectionOffered, TrackArea.Reflection, null));
            if (p.Decision == ReflectionDecision.Declined) events.Add(new(p.OfferedOn, TrackEventKind.ReflectionDeclined, TrackArea.Reflection, p.DeclineReason));
            if (p.StartsOn is { } start) events.Add(new(start, TrackEventKind.ReflectionStarted, TrackArea.Reflection, null));
            if (p.EndedEarlyOn is { } early) events.Add(new(early, TrackEventKind.ReflectionEndedEarly, TrackArea.Reflection, p.EarlyEndReason));
            else if (p.EndsOn is { } end && end < today) events.Add(new(end, TrackEventKind.ReflectionEnded, TrackArea.Reflection, null));
        }
        if (track.CooperationOn is { } reported)
            events.Add(new(reported, TrackEventKind.CooperationRecorded, TrackArea.CriminalCase, track.CooperationKind));
        foreach (var d in track.ProsecutionDecisions)
        {
            var kind = d.Kind switch
            {
                ProsecutionDecisionKind.Prosecute => TrackEventKind.DecisionToProsecute,
                ProsecutionDecisionKind.Dismissal => TrackEventKind.Dismissed,
                ProsecutionDecisionKind.Conviction => TrackEventKind.Convicted,
                _ => TrackEventKind.Acquitted,
            };
            events.Add(new(d.DecidedOn, kind, TrackArea.CriminalCase, null));
            if (d.ComplaintDecidedOn is { } on)
                events.Add(new(on, d.Complaint == ComplaintOutcome.Upheld ? TrackEventKind.ComplaintUpheld : TrackEventKind.ComplaintRejected, TrackArea.CriminalCase, null));
        }
        foreach (var a in track.Applications)
        {
            if (a.IsExtension)
            {
                events.Add(new(a.AppliedOn, TrackEventKind.PermitExtended, TrackArea.Residence, a.Kind));
                continue;
            }
            events.Add(new(a.AppliedOn, TrackEventKind.ApplicationMade, TrackArea.Residence, a.Kind));
            if (a.DecidedOn is { } decided)
                events.Add(new(decided, a.Granted == true ? TrackEventKind.ApplicationGranted : TrackEventKind.ApplicationRefused, TrackArea.Residence, a.Kind));
            if (a.WithdrawalIntendedOn is { } intended) events.Add(new(intended, TrackEventKind.WithdrawalIntended, TrackArea.Residence, a.Kind));
            if (a.WithdrawnOn is { } withdrawn) events.Add(new(withdrawn, TrackEventKind.PermitWithdrawn, TrackArea.Residence, a.Kind));
        }
        return events.Where(e => visible.Contains(e.Area)).OrderBy(e => e.On).ThenBy(e => e.Kind).ToList();
    }
}
