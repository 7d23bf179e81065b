using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NrmPortal.Application.Common.Abstractions;

namespace NrmPortal.Infrastructure.Mail;

/// <summary>
/// Hands each mail to the configured SMTP server over its own connection: reminders go out a few times a day, so keeping a
/// connection open is not worth its failure modes. Logs neither the recipient nor the subject (no e-mail addresses in logs).
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options, TimeProvider timeProvider, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = MimeMessageFactory.Create(mail, settings, timeProvider.GetUtcNow());
        using var client = new SmtpClient();
        var security = settings.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto;
        var host = settings.Host ?? throw new InvalidOperationException("Mail:Host is not set.");
        await client.ConnectAsync(host, settings.Port, security, cancellationToken);
        if (!string.IsNullOrWhiteSpace(settings.UserName))
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Mail {MessageId} handed to {Host}:{Port}", message.MessageId, settings.Host, settings.Port);
    }
}
