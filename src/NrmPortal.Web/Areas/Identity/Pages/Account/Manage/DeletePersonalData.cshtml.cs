using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NrmPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Users cannot delete their own account: their actions on victims' records must stay traceable to them (audit trail).
/// Administrators lock accounts instead. Overrides the packaged page so it cannot be reached.
/// </summary>
public sealed class DeletePersonalDataModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}
