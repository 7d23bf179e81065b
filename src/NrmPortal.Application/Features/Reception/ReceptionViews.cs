using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Reception;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Reception;

/// <summary>
/// What COA sees of a person, and nothing else: registration number, name, date of birth, nationality, the basis and dates
/// of the entitlement, and its own reception record. No signals, accounts, case data or residence details beyond the basis.
/// </summary>
public sealed record ReceptionView(Guid VictimId, string RegistrationNumber, string? Name, DateOnly? DateOfBirth, string? NationalityCode,
    Entitlement Entitlement, ReceptionSummary? Reception)
{
    /// <summary>COA still pays an allowance while the entitlement has ended: COA should end it.</summary>
    public bool EntitlementEnded => Reception is { IsOpen: true } && !Entitlement.IsEntitled;
}

/// <summary>COA's current (open) or last reception record of the person.</summary>
public sealed record ReceptionSummary(Guid Id, DateOnly AllowanceFrom, DateOnly? AllowanceUntil, bool HealthCostCover, DateOnly? EndedOn,
    ReceptionEndReason? EndReason, Guid Version)
{
    public bool IsOpen => EndedOn is null;
}

/// <summary>Builds <see cref="ReceptionView"/>s for a set of people: their details, their track's entitlement today, their latest record.</summary>
public sealed class ReceptionViews(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public DateOnly Today => DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime);

    /// <summary>The entitlement of a person today, from their track (not entitled when they have none).</summary>
    public async Task<Entitlement> EntitlementOfAsync(Guid victimId, CancellationToken cancellationToken)
    {
        var track = await db.ResidenceTracks.AsNoTracking().SingleOrDefaultAsync(t => t.VictimId == victimId, cancellationToken);
        return Of(track);
    }

    private Entitlement Of(ResidenceTrack? track) =>
        track is null ? new Entitlement(false, null, null, null, EntitlementEndReason.NoBasis, null) : ForCoa(ReceptionEntitlement.Of(track, Today));

    /// <summary>
    /// COA needs the basis and dates, not the IND's intentions: a permit whose withdrawal is intended or from which continued
    /// residence is applied for is shown to COA simply as the temporary permit it still is.
    /// </summary>
    private static Entitlement ForCoa(Entitlement entitlement) => entitlement.Basis is EntitlementBasis.WithdrawalIntended or EntitlementBasis.ContinuedResidenceApplied
        ? entitlement with { Basis = EntitlementBasis.TemporaryPermit }
        : entitlement;

    public async Task<IReadOnlyList<ReceptionView>> ForAsync(IReadOnlyCollection<Guid> victimIds, CancellationToken cancellationToken)
    {
        var people = await db.PossibleVictims.AsNoTracking().Where(v => victimIds.Contains(v.Id))
            .Select(v => new { v.Id, v.RegistrationNumber, v.Names, v.DateOfBirth, v.NationalityCode })
            .ToListAsync(cancellationToken);
        var tracks = await db.ResidenceTracks.AsNoTracking().Where(t => t.VictimId != null && victimIds.Contains(t.VictimId.Value))
            .ToDictionaryAsync(t => t.VictimId!.Value, cancellationToken);
        var records = (await db.ReceptionRecords.AsNoTracking().Where(r => victimIds.Contains(r.VictimId)).ToListAsync(cancellationToken))
            .GroupBy(r => r.VictimId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.IsOpen).ThenBy(r => r.AllowanceFrom).ThenBy(r => r.CreatedAtUtc).Last());
        return people.Select(p => new ReceptionView(p.Id, p.RegistrationNumber,
                VictimNameOrder.PrimaryOf(p.Names),
                p.DateOfBirth, p.NationalityCode, Of(tracks.GetValueOrDefault(p.Id)),
                records.TryGetValue(p.Id, out var r) ? new ReceptionSummary(r.Id, r.AllowanceFrom, r.AllowanceUntil, r.HealthCostCover, r.EndedOn, r.EndReason, r.Version) : null))
            .ToList();
    }

    public async Task<ReceptionRecord> OpenRecordAsync(Guid victimId, Guid version, CancellationToken cancellationToken)
    {
        var record = await db.ReceptionRecords.SingleOrDefaultAsync(r => r.VictimId == victimId && r.EndedOn == null && r.CoaOrganisationId == currentUser.OrganisationId, cancellationToken)
            ?? throw new Common.Exceptions.BusinessRuleException(NoOpenRecord);
        db.ExpectVersion(record, version);
        return record;
    }

    public const string NoOpenRecord = "There is no running allowance for this person.";

    /// <summary>
    /// How the user's COA organisation stands to the person (<see cref="NeedToKnow"/>): Own with a reception record of its
    /// own, Involved while the person is entitled today, otherwise Other (COA may not see the person at all).
    /// </summary>
    public async Task<Relation> RelationOfAsync(Guid victimId, CancellationToken cancellationToken) =>
        await db.ReceptionRecords.AnyAsync(r => r.VictimId == victimId && r.CoaOrganisationId == currentUser.OrganisationId, cancellationToken) ? Relation.OwnOrganisation
        : await db.ResidenceTracks.Where(ReceptionEntitlement.IsEntitledOn(Today)).AnyAsync(t => t.VictimId == victimId, cancellationToken) ? Relation.InvolvedOrganisation
        : Relation.Other;

    /// <summary>Whether COA may see the person at all: the need-to-know matrix allows its role the person's identity in this relation.</summary>
    public async Task<bool> IsVisibleAsync(Guid victimId, CancellationToken cancellationToken) =>
        NeedToKnow.Allows(currentUser.Role, DataCategory.Identity, await RelationOfAsync(victimId, cancellationToken));

}
