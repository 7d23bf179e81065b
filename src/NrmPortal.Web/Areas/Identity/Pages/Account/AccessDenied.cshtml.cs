using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Where a signed-in user lands on a page their role may not open (localised replacement of the packaged page).</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
