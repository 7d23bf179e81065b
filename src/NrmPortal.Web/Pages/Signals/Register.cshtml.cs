using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Signals;

public sealed class RegisterModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    [BindProperty] public RegisterSignal.Command Input { get; set; } = new();
    public GetSignalForm.Model Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Form = await sender.Send(new GetSignalForm.Query(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RegisterSignal.Registered? registered = null;
        if (ModelState.IsValid && await TryAsync(async () => registered = await sender.Send(Input, cancellationToken)))
        {
            StatusMessage = string.Format(System.Globalization.CultureInfo.CurrentCulture, T["Your signal has been sent to CoMensha with reference {0}."], registered!.Reference);
            return RedirectToPage("Details", new { id = registered.Id });
        }
        Form = await sender.Send(new GetSignalForm.Query(), cancellationToken);
        return Page();
    }
}
