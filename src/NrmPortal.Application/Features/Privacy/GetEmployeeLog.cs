using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// The access log of one employee, found by e-mail address (NEN 7513 ch. 9, checking one user's use of the portal): newest
/// first, 50 a page, within an optional period. Reading it is itself logged.
/// </summary>
public static class GetEmployeeLog
{
    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Query(string? Email, DateOnly? From = null, DateOnly? To = null, int Page = 1) : IQuery<Result?>;

    /// <summary>Null when no user has the e-mail address.</summary>
    public sealed record Result(string Email, string DisplayName, PagedList<AuditLogView.Row> Rows);

    public sealed class Handler(IAppDbContext db, IUserAdministration users, IAccessLog accessLog) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(query.Email)) return null;
            var normalized = query.Email.Trim().ToUpperInvariant();
            var user = await users.Accounts.Where(u => u.NormalizedEmail == normalized)
                .Select(u => new { u.Id, u.Email, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
            if (user is null) return null;
            var userId = user.Id;
            var rows = await AuditLogView.PageAsync(AuditLogView.InPeriod(db.AuditEntries.Where(a => a.UserId == userId), query.From, query.To),
                query.Page, db, users, cancellationToken);
            await accessLog.LogAsync(new AccessEvent(AuditLogView.EntityType, [userId]) { Purpose = AuditPurpose.Privacy }, cancellationToken);
            return new Result(user.Email, user.DisplayName, rows);
        }
    }
}
