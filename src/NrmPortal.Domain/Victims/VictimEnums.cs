namespace NrmPortal.Domain.Victims;

/// <summary>A registration is of a possible victim (mogelijk slachtoffer): registration is not identification (brief §3.2).</summary>
public enum VictimFileStatus
{
    Open,
    Closed,
}

/// <summary>Why a victim file is closed (brief §2.2 S7: return, departure to an unknown destination (MOB), moving on; or no victim after all).</summary>
public enum CloseReason
{
    Returned,
    LeftToUnknownDestination,
    MovedOnIndependently,
    NoVictimAfterAll,
}

/// <summary>What can happen on a person's timeline. Later issues add reflection periods, residence steps, placements and referrals.</summary>
public enum TimelineEventKind
{
    Registered,
    SignalLinked,
    Closed,
    GuardianSet,
}
