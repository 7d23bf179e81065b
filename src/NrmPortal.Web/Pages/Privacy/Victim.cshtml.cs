using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Privacy;

/// <summary>The access log of one possible victim, by registration number or signal reference, per period, 50 a page; exportable as CSV.</summary>
public sealed class VictimModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string? Reference { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public GetVictimLog.Result? Log { get; private set; }

    public async Task OnGetAsync(string? reference, DateOnly? from, DateOnly? to, int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        (Reference, From, To) = (reference, from, to);
        if (!string.IsNullOrWhiteSpace(reference))
            Log = await sender.Send(new GetVictimLog.Query(reference, from, to, Math.Max(1, pageNumber)), cancellationToken);
    }

    /// <summary>All rows of the view (same filter, all pages) as a CSV file for a data-subject access request.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? reference, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var export = await sender.Send(new ExportVictimLog.Query(reference, from, to), cancellationToken);
        if (export is null) return NotFound();
        var csv = PrivacyText.Csv(localizer, export.Rows);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"access-log-{export.Reference}.csv");
    }
}
