namespace NrmPortal.Domain.Shelter;

/// <summary>Kinds of shelter and care places (brief §3.5).</summary>
public enum ShelterType
{
    Cosm,
    MensShelter,
    ProtectedShelterForMinors,
    NidosFosterFamily,
    WomensShelter,
    SocialShelter,
    YouthCare,
    ClosedYouthCare,
    CrisisShelter,
    FollowOnShelter,
    Other,
}

/// <summary>Which nationality groups a facility admits.</summary>
[Flags]
public enum NationalityGroups
{
    None = 0,
    Dutch = 1,
    Eu = 2,
    OutsideEu = 4,
    All = Dutch | Eu | OutsideEu,
}

/// <summary>Which sexes a facility admits.</summary>
[Flags]
public enum SexesAdmitted
{
    None = 0,
    Women = 1,
    Men = 2,
    Other = 4,
    All = Women | Men | Other,
}

/// <summary>CoMensha's three waiting lists since week 36 of 2012 (brief §2.3).</summary>
public enum WaitingList
{
    Cosm,
    RegularShelter,
    AsylumReception,
}

public enum PlacementStatus
{
    Requested,
    Placed,
    Ended,
}

/// <summary>How a placement ended (brief §2.3, §3.5; S7 for departure).</summary>
public enum PlacementEndReason
{
    NotArrived,
    Transferred,
    MovedOnToFollowOnShelter,
    IndependentHousing,
    Returned,
    LeftToUnknownDestination,
}

/// <summary>Why a person moves to another facility (safety drove 9 transfers between COSM locations, brief §5.6).</summary>
public enum TransferReason
{
    Safety,
    BetterFit,
    Other,
}

/// <summary>Why a facility does not fit a person; shown to the coordinator.</summary>
public enum MismatchReason
{
    NoFreePlace,
    SexNotAdmitted,
    TooYoung,
    TooOld,
    AgeUnknown,
    NationalityNotAdmitted,
    ChildrenNotAdmitted,
    CosmIsForForeignVictims,
    CosmIsForAdults,
    CosmIsForTheReflectionPeriod,
    ProtectedShelterIsForMinors13To17,
    FosterFamilyIsForChildren12OrYounger,
    FacilityInactive,
}
