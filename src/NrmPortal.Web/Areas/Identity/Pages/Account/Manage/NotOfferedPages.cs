using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NrmPortal.Web.Areas.Identity.Pages.Account.Manage;

// Packaged account pages the portal does not offer, overridden so they cannot be reached:
// the portal sends no e-mail (an e-mail change could never be confirmed; administrators change addresses), and a staff
// member's account data is not downloaded or deleted by themselves (their actions must stay traceable).

public sealed class EmailModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

public sealed class PersonalDataModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

public sealed class DeletePersonalDataModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

public sealed class DownloadPersonalDataModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}
