using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// The access log of one possible victim (NEN 7513 ch. 9, a data subject's right of access): who saw or changed what about
/// them, when and why, newest first, 50 a page, within an optional period. Reading it is itself logged.
/// </summary>
public static class GetVictimLog
{
    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Query(string? Reference, DateOnly? From = null, DateOnly? To = null, int Page = 1) : IQuery<Result?>;

    /// <summary>Null when no victim or signal has the reference.</summary>
    public sealed record Result(string Reference, PagedList<AuditLogView.Row> Rows);

    public sealed class Handler(IAppDbContext db, IUserAdministration users, IAccessLog accessLog) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await VictimScope.FindAsync(db, query.Reference, cancellationToken) is not { } scope) return null;
            var rows = await AuditLogView.PageAsync(AuditLogView.InPeriod(scope.Filter(db.AuditEntries), query.From, query.To), query.Page, db, users,
                cancellationToken);
            await accessLog.LogAsync(new AccessEvent(AuditLogView.EntityType, [scope.KeyId])
                { SubjectId = scope.VictimId, Purpose = AuditPurpose.Privacy }, cancellationToken);
            return new Result(scope.Reference, rows);
        }
    }
}
