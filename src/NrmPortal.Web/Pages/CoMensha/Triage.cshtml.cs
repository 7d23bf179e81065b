using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.CoMensha;

/// <summary>Triage of one signal. On a conflict (another coordinator was first) the page shows the message and the signal as it now is.</summary>
public sealed class TriageModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    [BindProperty] public TriageSignal.Command Input { get; set; } = new();
    public GetSignal.Model Signal { get; private set; } = null!;
    public IReadOnlyList<FindMatchingVictims.Candidate> Candidates { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Input = Input with { SignalId = id }; // from the route, never from the form
        Guid? victimId = null;
        if (ModelState.IsValid && await TryAsync(async () => victimId = await sender.Send(Input, cancellationToken)))
        {
            StatusMessage = T["The signal has been triaged."];
            return victimId is { } victim ? RedirectToPage("Victim", new { id = victim }) : RedirectToPage("/Signals/Details", new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var signal = await sender.Send(new GetSignal.Query(id), cancellationToken);
        if (signal is null) return NotFound();
        Signal = signal;
        Candidates = await sender.Send(new FindMatchingVictims.Query(id), cancellationToken);
        return Page();
    }
}
