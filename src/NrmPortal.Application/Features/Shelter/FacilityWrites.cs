using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>
/// Taking or giving back a place under optimistic concurrency: the attempt loads the facility, changes it and saves; when
/// another coordinator changed the facility in between, the attempt is repeated on fresh data. After a few losses the
/// conflict goes to the user.
/// </summary>
public sealed class FacilityWrites(IAppDbContext db)
{
    public const int MaxAttempts = 5;

    public async Task<T> WithRetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            try
            {
                var result = await attempt();
                await db.SaveChangesAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (round < MaxAttempts)
            {
                db.DiscardChanges(); // the next round reads the facility as it is now
            }
        }
    }
}
