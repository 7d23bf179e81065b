using Microsoft.EntityFrameworkCore;

namespace NrmPortal.Application.Common.Paging;

public static class PagingExtensions
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>Counts and fetches one page of an ordered query. Out-of-range page numbers are clamped instead of failing.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> source, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await source.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var items = await source.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, pageNumber, pageSize, total);
    }
}
