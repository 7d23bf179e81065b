namespace NrmPortal.Domain.Residence;

/// <summary>
/// A step was refused by the track's state machine. Carries the steps that are allowed instead, so the message can name
/// them; <see cref="Exception.Message"/> is a translatable text key.
/// </summary>
public sealed class StepNotAllowedException(TrackStep attempted, IReadOnlyList<TrackStep> allowed, string reason = StepNotAllowedException.NotNow)
    : Exception(reason)
{
    public const string NotNow = "This step is not possible at this point of the track.";
    public const string WithdrawalHeldBack =
        "Withdrawal is held back: the application for continued residence has not been decided yet. Record the decision first.";

    public TrackStep Attempted { get; } = attempted;
    public IReadOnlyList<TrackStep> Allowed { get; } = allowed;
}
