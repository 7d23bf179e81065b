using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Admin.Organisations;

public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public GetOrganisation.Model Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, Guid version, CancellationToken cancellationToken) =>
        SetActiveAsync(id, version, active: false, cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(Guid id, Guid version, CancellationToken cancellationToken) =>
        SetActiveAsync(id, version, active: true, cancellationToken);

    private async Task<IActionResult> SetActiveAsync(Guid id, Guid version, bool active, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => sender.Send(new SetOrganisationActive.Command(id, version, active), cancellationToken).AsTask()))
        {
            StatusMessage = active ? T["The organisation has been reactivated."] : T["The organisation has been deactivated. Its users have been signed out."];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await sender.Send(new GetOrganisation.Query(id), cancellationToken);
        if (organisation is null) return NotFound();
        Organisation = organisation;
        return Page();
    }
}
