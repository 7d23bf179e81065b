using Mediator;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// The same rows as <see cref="GetVictimLog"/>, all of them (up to <see cref="AuditLogView.ExportLimit"/>), for a CSV file that
/// answers a data subject's access request. The export is itself logged (event Export).
/// </summary>
public static class ExportVictimLog
{
    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Query(string? Reference, DateOnly? From = null, DateOnly? To = null) : IQuery<Result?>;

    public sealed record Result(string Reference, IReadOnlyList<AuditLogView.Row> Rows);

    public sealed class Handler(IAppDbContext db, IUserAdministration users, IAccessLog accessLog) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await VictimScope.FindAsync(db, query.Reference, cancellationToken) is not { } scope) return null;
            var rows = await AuditLogView.AllAsync(AuditLogView.InPeriod(scope.Filter(db.AuditEntries), query.From, query.To), db, users, cancellationToken);
            await accessLog.LogAsync(new AccessEvent(AuditLogView.EntityType, [scope.KeyId])
                { Action = AuditAction.Export, SubjectId = scope.VictimId, Purpose = AuditPurpose.Privacy }, cancellationToken);
            return new Result(scope.Reference, rows);
        }
    }
}
