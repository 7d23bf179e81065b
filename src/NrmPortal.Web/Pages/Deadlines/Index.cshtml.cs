using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Features.Deadlines;

namespace NrmPortal.Web.Pages.Deadlines;

/// <summary>"Mijn aandachtspunten": what the user's organisation must act on, soonest first.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public ListDueItems.Model Due { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Due = await sender.Send(new ListDueItems.Query(), cancellationToken);
}
