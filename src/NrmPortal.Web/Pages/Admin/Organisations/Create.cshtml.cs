using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Admin.Organisations;

public sealed class CreateModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    [BindProperty] public CreateOrganisation.Command Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        var id = Guid.Empty;
        if (!await TryAsync(async () => id = await sender.Send(Input, cancellationToken))) return Page();
        StatusMessage = T["The organisation has been created."];
        return RedirectToPage("Details", new { id });
    }
}
