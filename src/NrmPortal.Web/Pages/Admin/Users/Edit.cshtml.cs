using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Application.Features.Users;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Admin.Users;

public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    [BindProperty] public EditUser.Command Input { get; set; } = new();
    public string OriginalName { get; private set; } = "";
    public IReadOnlyList<ListOrganisationOptions.Option> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await sender.Send(new GetUser.Query(id), cancellationToken);
        if (user is null) return NotFound();
        Input = new EditUser.Command
        {
            Id = user.Id, ConcurrencyStamp = user.ConcurrencyStamp, DisplayName = user.DisplayName, Email = user.Email,
            OrganisationId = user.OrganisationId, Role = user.Role ?? "",
        };
        OriginalName = user.DisplayName;
        Organisations = await sender.Send(new ListOrganisationOptions.Query(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Input = Input with { Id = id }; // the id comes from the route, never from the form
        var user = await sender.Send(new GetUser.Query(id), cancellationToken);
        if (user is null) return NotFound();
        if (ModelState.IsValid && await TryAsync(() => sender.Send(Input, cancellationToken).AsTask()))
        {
            StatusMessage = T["Your changes have been saved."];
            return RedirectToPage("Details", new { id });
        }
        OriginalName = user.DisplayName;
        Organisations = await sender.Send(new ListOrganisationOptions.Query(), cancellationToken);
        return Page();
    }
}
