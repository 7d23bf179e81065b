using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>The erasure requests, pending first, then newest first (at most 200), and one request for its decision page.</summary>
public static class ListErasureRequests
{
    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Query(Guid? Id = null) : IQuery<IReadOnlyList<Row>>;

    /// <summary>Reference: the registration number, or the ANON- reference once erased. Mine: filed by the current user (who cannot decide it).</summary>
    public sealed record Row(Guid Id, Guid VictimId, string Reference, ErasureGround Ground, string Reason, DateTime RequestedAtUtc,
        ErasureRequestStatus Status, DateTime? DecidedAtUtc, string? DecisionNote, bool Mine, bool DecidedByMe, Guid Version);

    public sealed class Handler(IAppDbContext db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var me = user.UserId;
            var requests = db.ErasureRequests.AsNoTracking();
            if (query.Id is { } id) requests = requests.Where(r => r.Id == id);
            return await requests
                .OrderBy(r => r.Status == ErasureRequestStatus.Pending ? 0 : 1).ThenByDescending(r => r.RequestedAtUtc)
                .Take(200)
                .Join(db.PossibleVictims, r => r.VictimId, v => v.Id, (r, v) => new Row(r.Id, r.VictimId, v.RegistrationNumber, r.Ground, r.Reason,
                    r.RequestedAtUtc, r.Status, r.DecidedAtUtc, r.DecisionNote, r.RequestedBy == me, r.DecidedBy == me, r.Version))
                .ToListAsync(cancellationToken);
        }
    }
}
