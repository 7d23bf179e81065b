using System.Linq.Expressions;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Common.Security;

/// <summary>
/// Need-to-know for referrals, in one place. A CoMensha coordinator may refer anyone; a care worker only a person their
/// organisation is involved with: it reported a signal linked to the person, or accepted a referral for them. A referral is
/// seen by the sending and the receiving organisation, and by CoMensha (which coordinates); anyone else does not find it (404).
/// The warm-handover note is for the sender and the receiver only, and for the receiver only while consent stands.
/// </summary>
public static class ReferralAccess
{
    /// <summary>The roles that refer (and record a withdrawal of consent for their own organisation's referrals).</summary>
    public static readonly IReadOnlyList<string> Referrers = [Roles.CareWorker, Roles.CoMenshaCoordinator];

    /// <summary>Which people the user may refer.</summary>
    public static Expression<Func<PossibleVictim, bool>> ReferableBy(ICurrentUser user, IQueryable<Signal> signals, IQueryable<Referral> referrals)
    {
        if (user.IsInRole(Roles.CoMenshaCoordinator)) return _ => true;
        if (!user.IsInRole(Roles.CareWorker)) return _ => false;
        var organisationId = user.OrganisationId ?? Guid.Empty;
        return victim => signals.Any(s => s.VictimId == victim.Id && s.ReporterOrganisationId == organisationId)
            || referrals.Any(r => r.VictimId == victim.Id && r.ToOrganisationId == organisationId
                && (r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Completed));
    }

    /// <summary>Which referrals the user may see: those of their own organisation, sent or received; CoMensha sees all.</summary>
    public static Expression<Func<Referral, bool>> VisibleTo(ICurrentUser user)
    {
        if (user.IsInRole(Roles.CoMenshaCoordinator)) return _ => true;
        if (user.IsInRole(Roles.Administrator) || user.OrganisationId is null) return _ => false;
        var organisationId = user.OrganisationId.Value;
        return r => r.FromOrganisationId == organisationId || r.ToOrganisationId == organisationId;
    }

    /// <summary>Who answers and completes a referral: anyone of the receiving organisation except an administrator.</summary>
    public static Expression<Func<Referral, bool>> AnswerableBy(ICurrentUser user)
    {
        if (user.IsInRole(Roles.Administrator) || user.OrganisationId is null) return _ => false;
        var organisationId = user.OrganisationId.Value;
        return r => r.ToOrganisationId == organisationId;
    }

    /// <summary>Who records a withdrawal of consent: a care worker or coordinator of the sending organisation.</summary>
    public static Expression<Func<Referral, bool>> WithdrawableBy(ICurrentUser user)
    {
        if (!Referrers.Any(user.IsInRole) || user.OrganisationId is null) return _ => false;
        var organisationId = user.OrganisationId.Value;
        return r => r.FromOrganisationId == organisationId;
    }

    public static bool IsSender(ICurrentUser user, Referral referral) => user.OrganisationId is { } org && referral.FromOrganisationId == org;

    public static bool IsReceiver(ICurrentUser user, Referral referral) =>
        !user.IsInRole(Roles.Administrator) && user.OrganisationId is { } org && referral.ToOrganisationId == org;

    /// <summary>
    /// Own for the sender; Involved for the receiver while consent stands and it has not declined, EndedInvolvement after that;
    /// Other for CoMensha when it is not a party.
    /// </summary>
    public static Relation RelationOf(ICurrentUser user, Referral referral) =>
        IsSender(user, referral) ? Relation.OwnOrganisation
        : IsReceiver(user, referral) ? (referral.Status is ReferralStatus.Withdrawn or ReferralStatus.Declined ? Relation.EndedInvolvement : Relation.InvolvedOrganisation)
        : Relation.Other;

    /// <summary>
    /// The warm-handover note: the sender always; the receiver while consent stands (withdrawn consent ends the sharing);
    /// nobody else, not even CoMensha when it is not a party.
    /// </summary>
    public static bool SeesHandoverNote(ICurrentUser user, Referral referral) =>
        NeedToKnow.Allows(user.Role, DataCategory.CareNotes, RelationOf(user, referral));

    /// <summary>
    /// Care is referred to care: law enforcement and immigration authorities never receive a referral and its handover note
    /// (care and police information stay apart, brief §5.3). COA can, for reception with the person's consent.
    /// </summary>
    public static readonly NrmPortal.Domain.Organisations.OrganisationType[] NotReceivers =
    [
        NrmPortal.Domain.Organisations.OrganisationType.Police, NrmPortal.Domain.Organisations.OrganisationType.RoyalMarechaussee,
        NrmPortal.Domain.Organisations.OrganisationType.LabourInspectorate, NrmPortal.Domain.Organisations.OrganisationType.Ind,
        NrmPortal.Domain.Organisations.OrganisationType.PublicProsecution, NrmPortal.Domain.Organisations.OrganisationType.ReturnAndDepartureService,
    ];

    /// <summary>The steps this user may take on the referral now: the state machine's steps that belong to the user's side.</summary>
    public static IReadOnlyList<ReferralStep> StepsFor(ICurrentUser user, Referral referral)
    {
        var receiver = IsReceiver(user, referral);
        var sender = IsSender(user, referral) && Referrers.Any(user.IsInRole);
        return referral.AllowedSteps().Where(step => step == ReferralStep.WithdrawConsent ? sender : receiver).ToList();
    }
}
