using System.Linq.Expressions;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Common.Security;

/// <summary>
/// Need-to-know for signals, in one place: CoMensha coordinators see every signal; a reporter sees the signals of their own
/// organisation and nothing of others'. Every signal query filters with this, so a record outside it is simply not found (404).
/// </summary>
public static class SignalAccess
{
    public static Expression<Func<Signal, bool>> VisibleTo(ICurrentUser user)
    {
        if (user.IsInRole(Roles.CoMenshaCoordinator)) return _ => true;
        var organisationId = user.OrganisationId ?? Guid.Empty;
        return signal => signal.ReporterOrganisationId == organisationId;
    }

    /// <summary>Own: the user's organisation reported the signal; otherwise Other (CoMensha, which sees every signal).</summary>
    public static Relation RelationOf(ICurrentUser user, Signal signal) =>
        user.OrganisationId is { } org && signal.ReporterOrganisationId == org ? Relation.OwnOrganisation : Relation.Other;
}
