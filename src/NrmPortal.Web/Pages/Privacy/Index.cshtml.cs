using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Features.Privacy;

namespace NrmPortal.Web.Pages.Privacy;

/// <summary>The privacy officer's start: the views of the access log, the break-the-glass review and the chain check.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public VerifyAuditChain.Result? Verification { get; private set; }

    public void OnGet() { }

    /// <summary>Walks the whole chain (a POST: it takes a while and is itself logged).</summary>
    public async Task OnPostVerifyAsync(CancellationToken cancellationToken) =>
        Verification = await sender.Send(new VerifyAuditChain.Query(), cancellationToken);
}
