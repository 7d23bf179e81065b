namespace NrmPortal.Domain.Deadlines;

/// <summary>
/// Records that an organisation's daily reminder was sent, so a restart or a second instance never mails twice on one day.
/// </summary>
public sealed class ReminderDispatch
{
    private ReminderDispatch() { } // for EF Core

    public ReminderDispatch(Guid organisationId, DateOnly date, int itemCount, DateTime sentAtUtc)
    {
        OrganisationId = organisationId;
        Date = date;
        ItemCount = itemCount;
        SentAtUtc = sentAtUtc;
    }

    public Guid OrganisationId { get; private set; }
    public DateOnly Date { get; private set; }
    public int ItemCount { get; private set; }
    public DateTime SentAtUtc { get; private set; }
}
