using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Privacy;

/// <summary>
/// Data-subject access request (AVG art. 15): find the person by registration number, see everything held in a printable
/// view, download it as JSON. Every view and download is logged against the person.
/// </summary>
public sealed class SubjectModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public ExportPersonalData.Model? Export { get; private set; }

    [BindProperty] public FindRecord.Query Find { get; set; } = new() { VictimFilesOnly = true };

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is null) return Page();
        Export = await sender.Send(new ExportPersonalData.Query(id.Value), cancellationToken);
        return Export is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(Guid id, CancellationToken cancellationToken)
    {
        var export = await sender.Send(new ExportPersonalData.Query(id), cancellationToken);
        if (export is null) return NotFound();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(export, JsonOptions);
        return File(bytes, "application/json", $"personal-data-{export.VictimFile.RegistrationNumber}.json");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        FindRecord.Found? found = null;
        var query = Find with { VictimFilesOnly = true };
        if (ModelState.IsValid && await TryAsync(async () => found = await sender.Send(query, cancellationToken), prefix: nameof(Find)))
            return RedirectToPage(new { id = found!.Id });
        return Page();
    }
}
