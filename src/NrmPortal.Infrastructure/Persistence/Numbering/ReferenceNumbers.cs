using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;

namespace NrmPortal.Infrastructure.Persistence.Numbering;

/// <summary>
/// Increments the counter row in the database, inside the command's transaction: the UPDATE takes the row (SQL Server) or
/// the database (SQLite) write lock until commit, so two commands never get the same number and a rolled-back command
/// gives its number back. The first number of a year inserts the row; two first numbers at once meet the primary key and
/// the loser is told to try again.
/// </summary>
public sealed class ReferenceNumbers(AppDbContext db) : IReferenceNumbers
{
    public async Task<long> NextAsync(string series, int year, CancellationToken cancellationToken)
    {
        var counter = db.Set<ReferenceCounter>().Where(c => c.Series == series && c.Year == year);
        var updated = await counter.ExecuteUpdateAsync(set => set.SetProperty(c => c.LastValue, c => c.LastValue + 1), cancellationToken);
        if (updated == 1) return await counter.Select(c => c.LastValue).SingleAsync(cancellationToken);

        await db.Database.ExecuteSqlAsync($"INSERT INTO ReferenceCounters (Series, Year, LastValue) VALUES ({series}, {year}, 1)", cancellationToken);
        return 1;
    }
}
