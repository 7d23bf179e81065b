using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Domain.Referrals;

namespace NrmPortal.Web.Pages.Referrals;

/// <summary>The referrals of the user's organisation: incoming (to answer) and outgoing (sent), newest first, by status.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public PagedList<ListReferrals.Item> Referrals { get; private set; } = null!;
    public ListReferrals.Box Box { get; private set; }
    public ReferralStatus? Status { get; private set; }

    public async Task OnGetAsync(ListReferrals.Box box = ListReferrals.Box.Incoming, ReferralStatus? status = null, int pageNumber = 1,
        CancellationToken cancellationToken = default)
    {
        Box = Enum.IsDefined(box) ? box : ListReferrals.Box.Incoming;
        Status = status is { } s && Enum.IsDefined(s) ? s : null;
        Referrals = await sender.Send(new ListReferrals.Query(Box, Status, Math.Max(1, pageNumber)), cancellationToken);
    }
}
