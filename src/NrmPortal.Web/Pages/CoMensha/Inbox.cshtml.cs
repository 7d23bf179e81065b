using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Web.Pages.CoMensha;

/// <summary>CoMensha's inbox: the filters live in the query string, so a filtered view can be bookmarked and shared.</summary>
public sealed class InboxModel(ISender sender) : PageModel
{
    public ListInbox.Query Filter { get; private set; } = new();
    public ListInbox.Page Signals { get; private set; } = new([], null);

    public async Task OnGetAsync(SignalStatus? status, OrganisationType? reporterType, ExploitationForms? form, bool? minor,
        NationalityGroup? nationalityGroup, Regions? region, DateOnly? from, DateOnly? to, bool oldestFirst, string? after,
        CancellationToken cancellationToken)
    {
        Filter = new ListInbox.Query
        {
            Status = status, ReporterType = reporterType, Form = form, Minor = minor, NationalityGroup = nationalityGroup, Region = region,
            From = from, To = to, OldestFirst = oldestFirst, After = after,
        };
        Signals = await sender.Send(Filter, cancellationToken);
    }

    public string UrlWithCursor(string? cursor)
    {
        var values = Request.Query.Where(q => q.Key != "after").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        if (cursor is not null) values["after"] = cursor;
        return QueryHelpers.AddQueryString(Request.Path, values);
    }
}
