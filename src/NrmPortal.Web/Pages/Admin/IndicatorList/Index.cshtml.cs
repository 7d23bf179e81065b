using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Admin.IndicatorList;

public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    [BindProperty] public PublishIndicatorList.Command Input { get; set; } = new();
    public GetIndicatorList.Model Current { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await sender.Send(new GetIndicatorList.Query(), cancellationToken);
        Input = Current.Draft;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var number = 0;
        if (ModelState.IsValid && await TryAsync(async () => number = await sender.Send(Input, cancellationToken)))
        {
            StatusMessage = string.Format(System.Globalization.CultureInfo.CurrentCulture, T["Version {0} of the indicator list has been published."], number);
            return RedirectToPage();
        }
        Current = await sender.Send(new GetIndicatorList.Query(), cancellationToken); // the page shows what was typed, not the stored list
        return Page();
    }
}
