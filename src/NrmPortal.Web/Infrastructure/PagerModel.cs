using Microsoft.AspNetCore.WebUtilities;

namespace NrmPortal.Web.Infrastructure;

/// <summary>What the pager partial needs: the page numbers and the current query string, so filters survive paging.</summary>
public sealed record PagerModel(int PageNumber, int PageCount, string Path, IQueryCollection Query)
{
    public string UrlFor(int page)
    {
        var values = Query.Where(q => q.Key != "pageNumber").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        values["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Path, values);
    }
}
