using MimeKit;
using MimeKit.Utils;
using NrmPortal.Application.Common.Abstractions;

namespace NrmPortal.Infrastructure.Mail;

/// <summary>Builds the message both senders send, so the SMTP mail and the pickup-folder file are the same message.</summary>
internal static class MimeMessageFactory
{
    public static MimeMessage Create(OutgoingMail mail, MailOptions options, DateTimeOffset now)
    {
        if (!MailboxAddress.TryParse(mail.To, out var to) || string.IsNullOrEmpty(to.Domain))
            throw new ArgumentException("The recipient is not a valid e-mail address.", nameof(mail));

        var from = new MailboxAddress(options.FromName, options.From);
        var message = new MimeMessage
        {
            Subject = SingleLine(mail.Subject),
            Date = now,
            MessageId = MimeUtils.GenerateMessageId(from.Domain),
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = mail.TextBody },
        };
        message.From.Add(from);
        message.To.Add(to);
        return message;
    }

    /// <summary>A subject is one line; a line break from a caller must not become a header of its own.</summary>
    private static string SingleLine(string subject) =>
        string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
