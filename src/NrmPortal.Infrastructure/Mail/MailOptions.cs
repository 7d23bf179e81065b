namespace NrmPortal.Infrastructure.Mail;

/// <summary>
/// The "Mail" configuration section. <see cref="Password"/> comes from user secrets or the environment (Mail__Password),
/// never from a committed appsettings file, and is never logged.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary><see cref="MailMode.Smtp"/> (production) or <see cref="MailMode.PickupFolder"/> (Development and tests).</summary>
    public MailMode Mode { get; set; } = MailMode.Smtp;

    /// <summary>The sender address (a bare address such as noreply@example.org); required in every mode.</summary>
    public string From { get; set; } = "";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "NRM Portal";

    /// <summary>The SMTP server; required in <see cref="MailMode.Smtp"/>.</summary>
    public string? Host { get; set; }

    /// <summary>587 is the submission port, where the server upgrades to TLS with STARTTLS.</summary>
    public int Port { get; set; } = 587;

    /// <summary>Insist on STARTTLS (the connection fails without it); when off MailKit still uses TLS where the server offers it.</summary>
    public bool UseStartTls { get; set; } = true;

    /// <summary>Sign in to the SMTP server only when set (a relay that trusts the portal's address needs none).</summary>
    public string? UserName { get; set; }

    /// <summary>From user secrets or the environment only.</summary>
    public string? Password { get; set; }

    /// <summary>Where <see cref="MailMode.PickupFolder"/> writes .eml files; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    /// <summary>Without the password, in case the options ever end up in a log line or an exception message.</summary>
    public override string ToString() =>
        $"Mail {{ Mode = {Mode}, From = {From}, Host = {Host}, Port = {Port}, UseStartTls = {UseStartTls}, UserName = {UserName}, " +
        $"Password = {(string.IsNullOrEmpty(Password) ? "(not set)" : "(set)")}, PickupDirectory = {PickupDirectory} }}";
}

public enum MailMode
{
    /// <summary>Hand each mail to an SMTP server.</summary>
    Smtp,

    /// <summary>Write each mail as an .eml file into <see cref="MailOptions.PickupDirectory"/>; nothing leaves the machine.</summary>
    PickupFolder,
}
