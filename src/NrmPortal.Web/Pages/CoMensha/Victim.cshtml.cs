using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Victims;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.CoMensha;

/// <summary>The victim file with its timeline, for CoMensha coordinators.</summary>
public sealed class VictimModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public GetVictimFile.Model VictimFile { get; private set; } = null!;

    /// <summary>The person's referrals: who referred to whom, for what, and where each stands.</summary>
    public IReadOnlyList<ListVictimReferrals.Item> Referrals { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, Guid version, CloseReason? reason, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => sender.Send(new CloseVictimFile.Command(id, version, reason), cancellationToken).AsTask(), prefix: ""))
        {
            StatusMessage = T["The file has been closed."];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostGuardianAsync(Guid id, Guid version, Guid? guardianId, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => sender.Send(new SetGuardian.Command { VictimId = id, Version = version, OrganisationId = guardianId }, cancellationToken).AsTask(), prefix: ""))
        {
            StatusMessage = T["The guardianship organisation has been recorded."];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new GetVictimFile.Query(id), cancellationToken);
        if (file is null) return NotFound();
        VictimFile = file;
        Referrals = await sender.Send(new ListVictimReferrals.Query(id), cancellationToken);
        return Page();
    }
}
