using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NrmPortal.Application.Common.Abstractions;

namespace NrmPortal.Infrastructure.Mail;

/// <summary>
/// Writes each mail as an .eml file (open it in any mail program) instead of sending it: for Development and tests, where
/// nothing may leave the machine. Written under a temporary name and then renamed, so a reader never sees half a file.
/// </summary>
public sealed class PickupFolderMailSender(
    IOptions<MailOptions> options, IHostEnvironment environment, TimeProvider timeProvider, ILogger<PickupFolderMailSender> logger) : IMailSender
{
    /// <summary>The folder the files go to: <see cref="MailOptions.PickupDirectory"/> against the content root.</summary>
    public string Folder => Path.GetFullPath(options.Value.PickupDirectory, environment.ContentRootPath);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        using var message = MimeMessageFactory.Create(mail, options.Value, now);

        var folder = Folder;
        Directory.CreateDirectory(folder);
        var fileName = $"{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(folder, fileName);
        var temporary = path + ".tmp";
        try
        {
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, path);
        }
        finally
        {
            File.Delete(temporary); // no-op after the move
        }
        logger.LogInformation("Mail {MessageId} written to the pickup folder as {FileName}", message.MessageId, fileName);
    }
}
