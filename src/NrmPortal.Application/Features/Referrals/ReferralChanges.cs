using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Referrals;

namespace NrmPortal.Application.Features.Referrals;

/// <summary>
/// What every step on a referral starts with: the referral as the user may see it (else 404), the user on the side that takes
/// the step (else forbidden), at the version they saw; and the time and Dutch date of the step.
/// </summary>
internal static class ReferralChanges
{
    public static async Task<Referral> LoadAsync(IAppDbContext db, ICurrentUser user, Guid referralId, Guid version,
        Expression<Func<Referral, bool>> side, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.Where(ReferralAccess.VisibleTo(user))
            .SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken)
            ?? throw await AccessDenial.NotFoundAsync(db.Referrals, r => r.Id == referralId, nameof(Referral), referralId, cancellationToken);
        if (!side.Compile()(referral)) throw new ForbiddenAccessException();
        db.ExpectVersion(referral, version);
        return referral;
    }

    public static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    public static DateOnly Today(TimeProvider clock) => DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
}
