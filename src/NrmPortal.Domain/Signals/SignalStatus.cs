namespace NrmPortal.Domain.Signals;

/// <summary>Where a signal is in CoMensha's triage. A new signal waits in the inbox; triage ends it in one of the outcomes.</summary>
public enum SignalStatus
{
    New,
    LinkedToVictim,
    RegisteredAsNewVictim,
    Duplicate,
    NotTrafficking,
}
