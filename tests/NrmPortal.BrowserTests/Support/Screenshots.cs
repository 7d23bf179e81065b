using Microsoft.Playwright;
using NrmPortal.BrowserTests.Fixtures;

namespace NrmPortal.BrowserTests.Support;

/// <summary>Full-page screenshots for the user guide, written to <see cref="PortalServerFixture.ScreenshotDirectory"/>.</summary>
public static class Screenshots
{
    public static async Task TakeAsync(IPage page, string fileName)
    {
        Directory.CreateDirectory(PortalServerFixture.ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalServerFixture.ScreenshotDirectory, fileName), FullPage = true });
    }
}
