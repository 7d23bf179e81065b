using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Reception;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Coa;

/// <summary>One entitled person for COA: the basis and dates of the entitlement, and forms to start, change and end the allowance.</summary>
public sealed class ReceptionModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public GetReception.Model Reception { get; private set; } = null!;

    /// <summary>Which form was posted, so the page shows its messages with it.</summary>
    public string? PostedForm { get; private set; }

    [BindProperty] public RecordReception.Command Start { get; set; } = new();
    [BindProperty] public ChangeReception.Command Change { get; set; } = new();
    [BindProperty] public EndReception.Command End { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid victimId, CancellationToken cancellationToken) => LoadAsync(victimId, cancellationToken);

    public Task<IActionResult> OnPostStartAsync(Guid victimId, CancellationToken ct) =>
        RecordAsync(victimId, nameof(Start), Start with { VictimId = victimId }, T["The allowance has been started."], ct);

    public Task<IActionResult> OnPostChangeAsync(Guid victimId, CancellationToken ct) =>
        RecordAsync(victimId, nameof(Change), Change with { VictimId = victimId }, T["The allowance has been changed."], ct);

    public Task<IActionResult> OnPostEndAsync(Guid victimId, CancellationToken ct) =>
        RecordAsync(victimId, nameof(End), End with { VictimId = victimId }, T["The allowance has been ended."], ct);

    private async Task<IActionResult> RecordAsync<TCommand>(Guid victimId, string form, TCommand command, string done, CancellationToken cancellationToken)
        where TCommand : ICommand
    {
        if (ModelState.IsValid && await TryAsync(() => sender.Send(command, cancellationToken).AsTask(), prefix: form))
        {
            StatusMessage = done;
            return RedirectToPage(new { victimId });
        }
        PostedForm = form;
        return await LoadAsync(victimId, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid victimId, CancellationToken cancellationToken)
    {
        var reception = await sender.Send(new GetReception.Query(victimId), cancellationToken);
        if (reception is null) return NotFound();
        Reception = reception;
        return Page();
    }
}
