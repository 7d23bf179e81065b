using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Common;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// What the privacy officer's views of the access log share: the period filter, the order (newest first), the page size and
/// one row per entry with the user's name and e-mail and the organisation's name looked up.
/// </summary>
public static class AuditLogView
{
    /// <summary>The entity type under which reading, exporting and verifying the log is itself logged.</summary>
    public const string EntityType = "AuditLog";

    public const int PageSize = 50;

    /// <summary>The most rows one CSV export holds; a longer log is exported per period.</summary>
    public const int ExportLimit = 10_000;

    public sealed record Row(long Sequence, DateTime OccurredAtUtc, string? UserName, string? UserEmail, string? Role, string? Organisation,
        AuditAction Action, AuditOutcome Outcome, string EntityType, string EntityId, string? ChangedFields, string? Purpose, bool BreakGlass,
        string? Reason, string? ClientAddress, string? CorrelationId);

    /// <summary>Entries from the start of <paramref name="from"/> to the end of <paramref name="to"/> (Dutch dates), newest first.</summary>
    public static IQueryable<AuditEntry> InPeriod(IQueryable<AuditEntry> entries, DateOnly? from, DateOnly? to)
    {
        if (from is { } start)
        {
            var fromUtc = DutchCalendar.StartOfDayUtc(start);
            entries = entries.Where(a => a.OccurredAtUtc >= fromUtc);
        }
        if (to is { } end)
        {
            var untilUtc = DutchCalendar.StartOfDayUtc(end.AddDays(1));
            entries = entries.Where(a => a.OccurredAtUtc < untilUtc);
        }
        return entries.OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Sequence).ThenByDescending(a => a.Id);
    }

    public static async Task<PagedList<Row>> PageAsync(IQueryable<AuditEntry> ordered, int page, IAppDbContext db, IUserAdministration users,
        CancellationToken cancellationToken)
    {
        var entries = await ordered.AsNoTracking().ToPagedListAsync(page, PageSize, cancellationToken);
        return new PagedList<Row>(await RowsAsync(entries.Items, db, users, cancellationToken), entries.PageNumber, entries.PageSize, entries.TotalCount);
    }

    public static async Task<IReadOnlyList<Row>> AllAsync(IQueryable<AuditEntry> ordered, IAppDbContext db, IUserAdministration users,
        CancellationToken cancellationToken) =>
        await RowsAsync(await ordered.AsNoTracking().Take(ExportLimit).ToListAsync(cancellationToken), db, users, cancellationToken);

    private static async Task<IReadOnlyList<Row>> RowsAsync(IReadOnlyList<AuditEntry> entries, IAppDbContext db, IUserAdministration users,
        CancellationToken cancellationToken)
    {
        var userIds = entries.Where(e => e.UserId is not null).Select(e => e.UserId!.Value).Distinct().ToList();
        var organisationIds = entries.Where(e => e.OrganisationId is not null).Select(e => e.OrganisationId!.Value).Distinct().ToList();
        var people = await users.Accounts.Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return entries.Select(e =>
        {
            var person = e.UserId is { } userId ? people.GetValueOrDefault(userId) : null;
            var organisation = e.OrganisationId is { } organisationId ? organisations.GetValueOrDefault(organisationId) : null;
            return new Row(e.Sequence, e.OccurredAtUtc, person?.DisplayName, person?.Email ?? e.UserId?.ToString(), e.Role, organisation,
                e.Action, e.Outcome, e.EntityType, e.EntityId, e.ChangedFields, e.Purpose, e.BreakGlass, e.Reason, e.ClientAddress, e.CorrelationId);
        }).ToList();
    }
}
