using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Privacy;

/// <summary>
/// The review queue of break-the-glass access: open grants (who, organisation, when, record, reason), each with a verdict form
/// (justified or not, comment); with <c>reviewed=true</c> the reviewed ones.
/// </summary>
public sealed class BreakGlassModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public PagedList<ListBreakGlassGrants.Item> Grants { get; private set; } = null!;
    public bool Reviewed { get; private set; }

    [BindProperty] public ReviewBreakGlassGrant.Command Review { get; set; } = new();

    public async Task OnGetAsync(bool reviewed = false, int pageNumber = 1, CancellationToken cancellationToken = default) =>
        await LoadAsync(reviewed, pageNumber, cancellationToken);

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(() => sender.Send(Review, cancellationToken).AsTask(), prefix: nameof(Review)))
        {
            StatusMessage = T["The review has been recorded."];
            return RedirectToPage();
        }
        await LoadAsync(false, 1, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(bool reviewed, int pageNumber, CancellationToken cancellationToken)
    {
        Reviewed = reviewed;
        Grants = await sender.Send(new ListBreakGlassGrants.Query(reviewed, Math.Max(1, pageNumber)), cancellationToken);
    }
}
