using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Privacy;

/// <summary>Retention for the privacy officer: the periods, what is due, records under a legal hold, run a batch now, find a record.</summary>
public sealed class RetentionModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public GetRetentionOverview.Model Overview { get; private set; } = null!;

    [BindProperty] public FindRecord.Query Find { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await sender.Send(new GetRetentionOverview.Query(), cancellationToken);

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken)
    {
        FindRecord.Found? found = null;
        if (ModelState.IsValid && await TryAsync(async () => found = await sender.Send(Find, cancellationToken), prefix: nameof(Find)))
            return RedirectToPage("Hold", new { id = found!.Id });
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ApplyRetention.Command(), cancellationToken);
        StatusMessage = string.Format(System.Globalization.CultureInfo.CurrentCulture, T["Anonymised: {0} victim files and {1} signals."], result.VictimFiles, result.Signals)
            + (result.More ? " " + T["More are due: run again."] : "");
        return RedirectToPage();
    }
}
