using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Admin.Organisations;

public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    [BindProperty] public EditOrganisation.Command Input { get; set; } = new();
    public string OriginalName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await sender.Send(new GetOrganisation.Query(id), cancellationToken);
        if (organisation is null) return NotFound();
        Input = organisation.ToEditCommand();
        OriginalName = organisation.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Input = Input with { Id = id }; // the id comes from the route, never from the form
        var current = await sender.Send(new GetOrganisation.Query(id), cancellationToken);
        if (current is null) return NotFound();
        OriginalName = current.Name;
        if (!ModelState.IsValid) return Page();
        if (!await TryAsync(() => sender.Send(Input, cancellationToken).AsTask())) return Page();
        StatusMessage = T["Your changes have been saved."];
        return RedirectToPage("Details", new { id });
    }
}
