using System.Linq.Expressions;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Privacy;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Common.Security;

/// <summary>
/// Need-to-know for reflection and residence tracks, in one place. CoMensha and the IND see every track (CoMensha coordinates,
/// the IND decides on every B8.3 permit). Police see the tracks their organisation holds, and those of people their
/// organisation reported a signal about, and (read-only) a track they were granted break-the-glass access to. Other roles
/// see none. A track outside this is simply not found (404).
/// </summary>
public static class TrackAccess
{
    /// <summary>
    /// Who may record steps: the IND on every track, police only on the tracks their own force holds (a force that merely
    /// reported a signal about the same person may read, not change, another force's case).
    /// </summary>
    public static Expression<Func<ResidenceTrack, bool>> ChangeableBy(ICurrentUser user)
    {
        if (user.IsInRole(Roles.Ind)) return _ => true;
        if (!user.IsInRole(Roles.Police)) return _ => false;
        var organisationId = user.OrganisationId ?? Guid.Empty;
        return track => track.PoliceOrganisationId == organisationId;
    }

    public static bool Holds(ICurrentUser user, ResidenceTrack track) =>
        user.IsInRole(Roles.Ind) || (user.IsInRole(Roles.Police) && track.PoliceOrganisationId == user.OrganisationId);

    /// <summary>
    /// For police: Own when their force holds the track, otherwise Involved (they reach it because their organisation reported
    /// a signal about the person). The IND and CoMensha reach every track by role: Other.
    /// </summary>
    public static Relation RelationOf(ICurrentUser user, ResidenceTrack track) =>
        !user.IsInRole(Roles.Police) ? Relation.Other
        : track.PoliceOrganisationId == user.OrganisationId ? Relation.OwnOrganisation
        : Relation.InvolvedOrganisation;

    /// <summary>
    /// The tracks the user sees by their relation, plus (police only) those they hold an active break-the-glass grant for:
    /// read-only, since <see cref="ChangeableBy"/> and <see cref="Holds"/> ignore grants.
    /// </summary>
    public static Expression<Func<ResidenceTrack, bool>> VisibleTo(ICurrentUser user, IQueryable<Signal> signals, IQueryable<BreakGlassGrant> grants,
        DateTime nowUtc)
    {
        if (!user.IsInRole(Roles.Police)) return VisibleTo(user, signals);
        var organisationId = user.OrganisationId ?? Guid.Empty;
        var userId = user.UserId ?? Guid.Empty;
        return track => track.PoliceOrganisationId == organisationId
            || signals.Any(s => s.ReporterOrganisationId == organisationId && (s.Id == track.SignalId || (track.VictimId != null && s.VictimId == track.VictimId)))
            || grants.Any(g => g.UserId == userId && g.EntityType == GrantEntityType && g.EntityId == track.Id
                && g.GrantedAtUtc <= nowUtc && g.ExpiresAtUtc > nowUtc);
    }

    /// <summary>The entity type of a break-the-glass grant on a track.</summary>
    public const string GrantEntityType = nameof(ResidenceTrack);

    /// <summary>The user's active break-the-glass grants on tracks.</summary>
    public static Expression<Func<BreakGlassGrant, bool>> ActiveGrantsOf(ICurrentUser user, DateTime nowUtc)
    {
        var userId = user.UserId ?? Guid.Empty;
        return g => g.UserId == userId && g.EntityType == GrantEntityType && g.GrantedAtUtc <= nowUtc && g.ExpiresAtUtc > nowUtc;
    }

    /// <summary>The tracks the user sees by their relation (no grants).</summary>
    public static Expression<Func<ResidenceTrack, bool>> VisibleTo(ICurrentUser user, IQueryable<Signal> signals)
    {
        if (user.IsInRole(Roles.CoMenshaCoordinator) || user.IsInRole(Roles.Ind)) return _ => true;
        if (!user.IsInRole(Roles.Police)) return _ => false;
        var organisationId = user.OrganisationId ?? Guid.Empty;
        return track => track.PoliceOrganisationId == organisationId
            || signals.Any(s => s.ReporterOrganisationId == organisationId && (s.Id == track.SignalId || (track.VictimId != null && s.VictimId == track.VictimId)));
    }
}
