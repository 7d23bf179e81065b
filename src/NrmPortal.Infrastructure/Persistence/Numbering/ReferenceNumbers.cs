using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;

namespace NrmPortal.Infrastructure.Persistence.Numbering;

/// <summary>
/// Increments the counter row in the database, inside the command's transaction: the UPDATE takes the row (SQL Server) or
/// the database (SQLite) write lock until commit, so two commands never get the same number and a rolled-back command
/// gives its number back. The first number of a year inserts the row; when two first numbers meet at the primary key, the
/// loser waits for the winner's row and takes the next number from it.
/// </summary>
public sealed class ReferenceNumbers(AppDbContext db) : IReferenceNumbers
{
    public async Task<long> NextAsync(string series, int year, CancellationToken cancellationToken)
    {
        if (await IncrementAsync(series, year, cancellationToken) is { } next) return next;
        try
        {
            db.Set<ReferenceCounter>().Add(new ReferenceCounter(series, year, 1));
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another transaction created this year's row first (SQL Server; SQLite serialises writers). Its row lock makes
            // the increment wait until that transaction ends.
            db.ChangeTracker.Entries<ReferenceCounter>().ToList().ForEach(e => e.State = EntityState.Detached);
            return await IncrementAsync(series, year, cancellationToken)
                ?? throw new InvalidOperationException($"The reference counter {series}-{year} could not be created.");
        }
    }

    private async Task<long?> IncrementAsync(string series, int year, CancellationToken cancellationToken)
    {
        var counter = db.Set<ReferenceCounter>().Where(c => c.Series == series && c.Year == year);
        var updated = await counter.ExecuteUpdateAsync(set => set.SetProperty(c => c.LastValue, c => c.LastValue + 1), cancellationToken);
        return updated == 1 ? await counter.Select(c => c.LastValue).SingleAsync(cancellationToken) : null;
    }
}
