using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Deadlines;
using NrmPortal.Domain.Reception;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Deadlines;

/// <summary>One thing an organisation must act on, with the reference it is known by (a registration number or a signal reference).</summary>
public sealed record DueItem(DeadlineKind Kind, DateOnly DueOn, string Reference, Guid? TrackId, Guid? SignalId, Guid? VictimId = null);

/// <summary>
/// The deadline engine's queries: for a role and organisation, what is due, soonest first. Each rule reads an indexed date
/// column by range against one cut-off computed here, so the cost does not grow with the number of tracks that are not due.
/// Used by the dashboard and by the daily reminder mail.
/// </summary>
public sealed class DueItems(IAppDbContext db, ResidenceRules rules)
{
    /// <summary>Ended reflection periods stay on the police dashboard this long, so what follows can be recorded.</summary>
    public const int EndedReflectionShownDays = 14;

    public async Task<IReadOnlyList<DueItem>> ForAsync(string role, Guid organisationId, DateOnly today, int limit, CancellationToken cancellationToken)
    {
        var items = new List<DueItem>();
        foreach (var kind in DeadlineRules.For(role))
            items.AddRange(await ForKindAsync(kind, role, organisationId, today, limit, cancellationToken));
        return items.OrderBy(i => i.DueOn).ThenBy(i => i.Reference, StringComparer.Ordinal).Take(limit).ToList();
    }

    private async Task<IReadOnlyList<DueItem>> ForKindAsync(DeadlineKind kind, string role, Guid organisationId, DateOnly today, int limit,
        CancellationToken cancellationToken)
    {
        if (kind == DeadlineKind.SignalNotTriaged) return await UntriagedSignalsAsync(today, limit, cancellationToken);
        if (kind == DeadlineKind.ReceptionEntitlementEnded) return await ReceptionEntitlementsEndedAsync(organisationId, today, limit, cancellationToken);
        if (kind == DeadlineKind.MinorTurns18) return await MinorsTurning18Async(role, organisationId, today, limit, cancellationToken);

        var tracks = db.ResidenceTracks.AsNoTracking();
        if (role == Roles.Police) tracks = tracks.Where(t => t.PoliceOrganisationId == organisationId);
        var permitHorizon = today.AddDays(rules.PermitExpiryWarningDays);
        var overdueIfAppliedBy = DeadlineRules.LatestStartDueBy(today, rules.ContinuedResidenceDecisionWorkingDays);
        IQueryable<Row> rows = kind switch
        {
            DeadlineKind.ReflectionPeriodEnding => tracks
                .Where(t => t.ReflectionState == ReflectionState.Running && t.ReflectionEndsOn >= today.AddDays(-EndedReflectionShownDays)
                    && t.ReflectionEndsOn <= today.AddDays(rules.ReflectionEndingWarningDays))
                .OrderBy(t => t.ReflectionEndsOn).Select(t => new Row(t.Id, t.VictimId, t.SignalId, t.ReflectionEndsOn!.Value)),
            DeadlineKind.ApplicationToRecord => tracks
                .Where(t => t.ResidenceState == ResidenceState.None && t.CooperationOn != null)
                .OrderBy(t => t.CooperationOn).Select(t => new Row(t.Id, t.VictimId, t.SignalId, t.CooperationOn!.Value)),
            DeadlineKind.PermitExpiring => tracks
                .Where(t => t.TemporaryPermitKind == ApplicationKind.TemporaryAfterCooperation && t.TemporaryPermitValidUntil <= permitHorizon)
                .OrderBy(t => t.TemporaryPermitValidUntil).Select(t => new Row(t.Id, t.VictimId, t.SignalId, t.TemporaryPermitValidUntil!.Value)),
            DeadlineKind.CannotCooperatePermitEnding => tracks
                .Where(t => t.TemporaryPermitKind == ApplicationKind.TemporaryCannotCooperate && t.TemporaryPermitValidUntil <= permitHorizon)
                .OrderBy(t => t.TemporaryPermitValidUntil).Select(t => new Row(t.Id, t.VictimId, t.SignalId, t.TemporaryPermitValidUntil!.Value)),
            DeadlineKind.ThreeYearPointReached => tracks
                .Where(t => t.ThreeYearPointOn <= permitHorizon)
                .OrderBy(t => t.ThreeYearPointOn).Select(t => new Row(t.Id, t.VictimId, t.SignalId, t.ThreeYearPointOn!.Value)),
            DeadlineKind.ContinuedResidenceDecisionOverdue => tracks
                .Where(t => t.ContinuedResidenceAppliedOn <= overdueIfAppliedBy)
                .OrderBy(t => t.ContinuedResidenceAppliedOn).Select(t => new Row(t.Id, t.VictimId, t.SignalId, t.ContinuedResidenceAppliedOn!.Value)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var found = await rows.Take(limit).ToListAsync(cancellationToken);

        var victimIds = found.Where(r => r.VictimId != null).Select(r => r.VictimId!.Value).ToList();
        var signalIds = found.Where(r => r.VictimId == null).Select(r => r.SignalId!.Value).ToList();
        var victimRefs = await db.PossibleVictims.Where(v => victimIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.RegistrationNumber, cancellationToken);
        var signalRefs = await db.Signals.Where(s => signalIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Reference, cancellationToken);

        return found.Select(r => new DueItem(kind,
            kind == DeadlineKind.ContinuedResidenceDecisionOverdue ? DeadlineRules.ContinuedResidenceDecisionDue(r.DueOn, rules) : r.DueOn,
            r.VictimId is { } v ? victimRefs[v] : signalRefs[r.SignalId!.Value], r.Id, r.SignalId)).ToList();
    }

    private sealed record Row(Guid Id, Guid? VictimId, Guid? SignalId, DateOnly DueOn);

    /// <summary>
    /// COA's running allowances whose entitlement has ended. The open reception records are few (one per person in COA's
    /// reception), so they are read with their tracks and judged by the one domain rule (<see cref="ReceptionEntitlement.Of"/>)
    /// in memory: repeating its end reasons as date columns would be a second copy of the rule. The unique filtered index on
    /// open records keeps the read to those rows.
    /// </summary>
    private async Task<IReadOnlyList<DueItem>> ReceptionEntitlementsEndedAsync(Guid organisationId, DateOnly today, int limit, CancellationToken cancellationToken)
    {
        var open = await db.ReceptionRecords.AsNoTracking().Where(r => r.EndedOn == null && r.CoaOrganisationId == organisationId)
            .Select(r => r.VictimId).ToListAsync(cancellationToken);
        if (open.Count == 0) return [];
        var tracks = await db.ResidenceTracks.AsNoTracking().Where(t => t.VictimId != null && open.Contains(t.VictimId.Value))
            .ToDictionaryAsync(t => t.VictimId!.Value, cancellationToken);
        var ended = open
            .Select(id => (Id: id, Entitlement: tracks.TryGetValue(id, out var track) ? ReceptionEntitlement.Of(track, today) : null))
            .Where(x => x.Entitlement is not { IsEntitled: true })
            .Select(x => (x.Id, DueOn: x.Entitlement?.EndedOn ?? today))
            .OrderBy(x => x.DueOn).Take(limit).ToList();
        var ids = ended.Select(x => x.Id).ToList();
        var references = await db.PossibleVictims.Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.RegistrationNumber, cancellationToken);
        return ended.Select(x => new DueItem(DeadlineKind.ReceptionEntitlementEnded, x.DueOn, references[x.Id], null, null, x.Id)).ToList();
    }

    /// <summary>
    /// Minors under guardianship (a guardianship organisation recorded) who turn 18 within the warning days: one range read on
    /// the date of birth, checked exactly against the 18th birthday. Care workers see their own organisation's wards only.
    /// </summary>
    private async Task<IReadOnlyList<DueItem>> MinorsTurning18Async(string role, Guid organisationId, DateOnly today, int limit, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(DeadlineRules.MinorTurns18WarningDays);
        var (bornFrom, bornUntil) = DeadlineRules.BirthDatesTurningAdultBetween(today, horizon);
        // Unaccompanied minors under guardianship, and minors placed in protected shelter (which ends at 18, brief §2.3 "BO").
        var inProtectedShelter = db.Placements.Where(p => p.IsActive)
            .Join(db.ShelterFacilities.Where(f => f.Type == ShelterType.ProtectedShelterForMinors), p => p.FacilityId, f => f.Id, (p, f) => p.VictimId);
        var victims = db.PossibleVictims.AsNoTracking()
            .Where(v => (v.GuardianOrganisationId != null || inProtectedShelter.Contains(v.Id)) && v.Status == VictimFileStatus.Open);
        if (role != Roles.CoMenshaCoordinator) victims = victims.Where(v => v.GuardianOrganisationId == organisationId);
        var found = await victims.Where(v => v.DateOfBirth >= bornFrom && v.DateOfBirth <= bornUntil)
            .OrderBy(v => v.DateOfBirth).Select(v => new { v.Id, v.RegistrationNumber, DateOfBirth = v.DateOfBirth!.Value })
            .Take(limit + 4).ToListAsync(cancellationToken);
        return found.Select(v => (v, Due: Age.AdultOn(v.DateOfBirth)))
            .Where(x => x.Due >= today && x.Due <= horizon)
            .Select(x => new DueItem(DeadlineKind.MinorTurns18, x.Due, x.v.RegistrationNumber, null, null, x.v.Id)).Take(limit).ToList();
    }

    private async Task<IReadOnlyList<DueItem>> UntriagedSignalsAsync(DateOnly today, int limit, CancellationToken cancellationToken)
    {
        // Reported on or before the latest day whose two working days have passed: before the start of the next Dutch day.
        var latestDay = DeadlineRules.LatestStartDueBy(today, rules.SignalTriageWorkingDays);
        var before = DutchCalendar.StartOfDayUtc(latestDay.AddDays(1));
        var signals = await db.Signals.AsNoTracking()
            .Where(s => s.Status == SignalStatus.New && s.ReportedAtUtc < before)
            .OrderBy(s => s.ReportedAtUtc)
            .Select(s => new { s.Id, s.Reference, s.ReportedAtUtc })
            .Take(limit).ToListAsync(cancellationToken);
        return signals.Select(s => new DueItem(DeadlineKind.SignalNotTriaged,
            DeadlineRules.SignalTriageDue(DutchCalendar.DateOf(s.ReportedAtUtc), rules), s.Reference, null, s.Id)).ToList();
    }
}
