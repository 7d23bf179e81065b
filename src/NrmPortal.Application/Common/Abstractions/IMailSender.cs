namespace NrmPortal.Application.Common.Abstractions;

/// <summary>
/// Sends e-mail, such as the daily deadline reminders. A mail leaves the portal's protection (no access control, no access
/// log, copies on mail servers and phones), so it must never contain personal data of a victim: only reference numbers,
/// counts and a link to the portal, where the reader signs in to see the rest.
/// </summary>
public interface IMailSender
{
    /// <summary>Sends <paramref name="mail"/>, or throws when it could not be handed over (the caller decides whether to retry).</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>One plain-text mail to one recipient; the sender comes from configuration. No victim data (see <see cref="IMailSender"/>).</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody);
