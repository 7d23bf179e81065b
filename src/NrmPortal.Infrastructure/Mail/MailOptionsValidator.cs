using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace NrmPortal.Infrastructure.Mail;

/// <summary>
/// Checks the "Mail" section at start-up (ValidateOnStart), so a missing SMTP host stops the portal at deployment rather
/// than losing the first reminders at night. Messages never repeat the password.
/// </summary>
public sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Mode))
            failures.Add($"Mail:Mode must be {MailMode.Smtp} or {MailMode.PickupFolder}.");
        if (!IsBareAddress(options.From))
            failures.Add("Mail:From must be a valid e-mail address such as noreply@example.org.");
        if (options.Port is < 1 or > 65535)
            failures.Add("Mail:Port must be between 1 and 65535.");

        if (options.Mode == MailMode.Smtp)
        {
            if (string.IsNullOrWhiteSpace(options.Host))
                failures.Add("Mail:Host is required when Mail:Mode is Smtp.");
            if (!string.IsNullOrWhiteSpace(options.UserName) && string.IsNullOrEmpty(options.Password))
                failures.Add("Mail:Password is required when Mail:UserName is set (user secrets or the environment variable Mail__Password).");
        }
        else if (options.Mode == MailMode.PickupFolder && string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            failures.Add("Mail:PickupDirectory is required when Mail:Mode is PickupFolder.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>An address only: "Name &lt;a@b&gt;" belongs in FromName, not here.</summary>
    private static bool IsBareAddress(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.DisplayName.Length == 0;
}
