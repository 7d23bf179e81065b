using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Privacy;

/// <summary>Erasure requests (AVG art. 17): the list with their status, and the form to file a new one.</summary>
public sealed class RequestsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public IReadOnlyList<ListErasureRequests.Row> Requests { get; private set; } = [];

    [BindProperty] public RequestErasure.Command Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Requests = await sender.Send(new ListErasureRequests.Query(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = Guid.Empty;
        if (ModelState.IsValid && await TryAsync(async () => id = await sender.Send(Input, cancellationToken)))
        {
            StatusMessage = T["The erasure request has been filed. A second privacy officer must approve it."];
            return RedirectToPage("Request", new { id });
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
