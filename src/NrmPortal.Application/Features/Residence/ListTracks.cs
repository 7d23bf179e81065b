using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Residence;

/// <summary>
/// The tracks the user may see, newest first, optionally found by a registration number (CM-…) or signal reference (SIG-…).
/// Shows references and states only (the residence state only to roles that see residence data); the returned ids are logged as a search.
/// </summary>
public static class ListTracks
{
    [RequireRole(Roles.Police, Roles.Ind, Roles.CoMenshaCoordinator)]
    public sealed record Query(string? Reference = null, int Page = 1) : IQuery<PagedList<Item>>;

    public sealed record Item(Guid Id, string Reference, NationalityGroup NationalityGroup, ReflectionState ReflectionState, DateOnly? ReflectionEndsOn,
        CaseState CaseState, ResidenceState? ResidenceState, DateOnly? PermitValidUntil);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IAccessLog accessLog, TimeProvider clock) : IQueryHandler<Query, PagedList<Item>>
    {
        public async ValueTask<PagedList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var tracks = db.ResidenceTracks.AsNoTracking().Where(TrackAccess.VisibleTo(currentUser, db.Signals, db.BreakGlassGrants, now));
            var seesResidence = TrackTimeline.AreasVisibleTo(currentUser.Role).Contains(TrackArea.Residence);
            if (!string.IsNullOrWhiteSpace(query.Reference))
            {
                var reference = query.Reference.Trim().ToUpperInvariant();
                tracks = tracks.Where(t => db.PossibleVictims.Any(v => v.Id == t.VictimId && v.RegistrationNumber == reference)
                    || db.Signals.Any(s => s.Reference == reference && (s.Id == t.SignalId || (t.VictimId != null && s.VictimId == t.VictimId))));
            }
            var today = DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
            var page = await tracks.OrderByDescending(t => t.CreatedAtUtc).ThenByDescending(t => t.Id)
                .Select(t => new Item(t.Id,
                    db.PossibleVictims.Where(v => v.Id == t.VictimId).Select(v => v.RegistrationNumber).FirstOrDefault()
                        ?? db.Signals.Where(s => s.Id == t.SignalId).Select(s => s.Reference).FirstOrDefault() ?? "",
                    t.NationalityGroup,
                    t.ReflectionState == ReflectionState.Running && t.ReflectionEndsOn < today ? ReflectionState.Ended : t.ReflectionState,
                    t.ReflectionEndsOn, t.CaseState,
                    seesResidence ? t.ResidenceState : null, seesResidence ? t.TemporaryPermitValidUntil : null))
                .ToPagedListAsync(query.Page, PagingExtensions.DefaultPageSize, cancellationToken);
            await LogAsync(page.Items.Select(i => i.Id).ToList(), now, cancellationToken);
            return page;
        }

        /// <summary>Logs the listed tracks; those seen only under a break-the-glass grant as break-the-glass, with the grant's reason.</summary>
        private async Task LogAsync(List<Guid> ids, DateTime now, CancellationToken cancellationToken)
        {
            var grants = await db.BreakGlassGrants.AsNoTracking().Where(TrackAccess.ActiveGrantsOf(currentUser, now)).Where(g => ids.Contains(g.EntityId))
                .Select(g => new { g.EntityId, g.Reason }).ToListAsync(cancellationToken);
            var byRelation = grants.Count == 0 ? ids : await db.ResidenceTracks.Where(TrackAccess.VisibleTo(currentUser, db.Signals))
                .Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
            await accessLog.LogReadAsync(nameof(ResidenceTrack), byRelation, cancellationToken);
            foreach (var grant in grants.Where(g => !byRelation.Contains(g.EntityId)).DistinctBy(g => g.EntityId))
                await accessLog.LogAsync(new AccessEvent(nameof(ResidenceTrack), [grant.EntityId]) { BreakGlassReason = grant.Reason }, cancellationToken);
        }
    }
}
