using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Application.Features.Users;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Admin.Users;

public sealed class CreateModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    [BindProperty] public CreateUser.Command Input { get; set; } = new();
    public IReadOnlyList<ListOrganisationOptions.Option> Organisations { get; private set; } = [];

    public async Task OnGetAsync(Guid? organisationId, CancellationToken cancellationToken)
    {
        Input = new CreateUser.Command { OrganisationId = organisationId };
        Organisations = await sender.Send(new ListOrganisationOptions.Query(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = Guid.Empty;
        if (ModelState.IsValid && await TryAsync(async () => id = await sender.Send(Input, cancellationToken)))
        {
            StatusMessage = T["The user has been created. They choose their own password at first sign-in."];
            return RedirectToPage("Details", new { id });
        }
        Organisations = await sender.Send(new ListOrganisationOptions.Query(), cancellationToken);
        return Page();
    }
}
