using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NrmPortal.Web.Pages.Session;

/// <summary>
/// "Stay signed in" of the timeout warning (WCAG 2.2.1): a signed-in POST with the antiforgery token (header
/// RequestVerificationToken) that does nothing but move the session's idle expiry on, which every authenticated request
/// does. Answers 204; signed out it is sent to the login page like any other page, without a token it answers 400.
/// </summary>
public sealed class ExtendModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => new NoContentResult();
}
