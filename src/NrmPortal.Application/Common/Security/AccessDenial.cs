using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;

namespace NrmPortal.Application.Common.Security;

/// <summary>
/// The "not found" answer for a record outside the user's relation, with a trail: when the record exists, the attempt is
/// written to the access log as denied (NEN 7513, ASVS V8), while the user gets the same 404 as for an id that does not exist.
/// </summary>
public static class AccessDenial
{
    /// <summary>For queries: logs the denied read when a record with this id exists (call it where the query returns null).</summary>
    public static async Task LogIfExistsAsync<T>(this IAccessLog accessLog, IQueryable<T> all, Expression<Func<T, bool>> isIt, string entityType, Guid id,
        CancellationToken cancellationToken) where T : class
    {
        ArgumentNullException.ThrowIfNull(accessLog);
        if (await all.AnyAsync(isIt, cancellationToken)) await accessLog.LogDeniedAsync(entityType, id, cancellationToken);
    }

    /// <summary>
    /// For commands: the exception to throw, marked when the record exists so that the unit of work logs the denied attempt
    /// after its rollback (a row written inside the transaction would be rolled back with it).
    /// </summary>
    public static async Task<NotFoundException> NotFoundAsync<T>(IQueryable<T> all, Expression<Func<T, bool>> isIt, string entityType, Guid id,
        CancellationToken cancellationToken) where T : class =>
        new(entityType, id) { RecordExists = await all.AnyAsync(isIt, cancellationToken) };
}
