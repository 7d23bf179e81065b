using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Web.Resources;
using QRCoder;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The forced enrolment of an authenticator app: every signed-in user without two-factor authentication is sent here and
/// can reach nothing else (<see cref="Infrastructure.MustChangePasswordMiddleware"/>). Shows the key as a QR code and as
/// text, switches two-factor on once a code from the app is accepted, and shows ten recovery codes once.
/// </summary>
public sealed partial class EnrolAuthenticatorModel(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager,
    ILogger<EnrolAuthenticatorModel> logger, IStringLocalizer<SharedResource> T) : PageModel
{
    public const string Issuer = "NRM Portal";
    public const int RecoveryCodeCount = 10;

    [BindProperty] public InputModel Input { get; set; } = new();

    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public sealed class InputModel
    {
        public string? Code { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user) return Challenge();
        if (user.TwoFactorEnabled) return LocalRedirect("/");
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user) return Challenge();
        if (user.TwoFactorEnabled) return LocalRedirect("/");

        var code = (Input.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0 || !await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", T["The code is not correct. Enter the newest code from your app."]);
            await LoadKeyAsync(user);
            return Page();
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        LogEnrolled(logger, user.Id);
        // A new cookie without the must-enrol claim; the recovery codes are shown in this response only.
        await signInManager.RefreshSignInAsync(user);
        return Page();
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = FormatKey(key);
        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6&period=30",
            Uri.EscapeDataString(Issuer), Uri.EscapeDataString(user.Email ?? user.UserName ?? ""), key);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    /// <summary>The key in groups of four, easier to type into an app by hand.</summary>
    public static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToUpperInvariant();
    }

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "User {UserId} enrolled an authenticator app")]
    private static partial void LogEnrolled(ILogger logger, Guid userId);
}
