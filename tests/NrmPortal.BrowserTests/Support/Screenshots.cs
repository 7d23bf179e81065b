using Microsoft.Playwright;
using NrmPortal.BrowserTests.Fixtures;

namespace NrmPortal.BrowserTests.Support;

/// <summary>Screenshots for the user guide, written to <see cref="PortalServerFixture.ScreenshotDirectory"/>.</summary>
public static class Screenshots
{
    /// <summary>
    /// A PNG of the whole page, or with <paramref name="fullPage"/> false only of what the viewport shows
    /// (for long pages such as the signal form, to keep the guide's images small).
    /// </summary>
    public static async Task TakeAsync(IPage page, string fileName, bool fullPage = true)
    {
        Directory.CreateDirectory(PortalServerFixture.ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalServerFixture.ScreenshotDirectory, fileName), FullPage = fullPage });
    }
}
