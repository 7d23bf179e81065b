using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Signals;

/// <summary>
/// CoMensha's inbox: every signal, filtered and sorted, paged by keyset (the position of the last row seen) so that a page
/// costs the same at a million signals as at a hundred; there is no total count for the same reason.
/// </summary>
public static class ListInbox
{
    public const int DefaultPageSize = 50;

    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Query : IQuery<Page>
    {
        public SignalStatus? Status { get; init; }
        public OrganisationType? ReporterType { get; init; }
        public ExploitationForms? Form { get; init; }
        public bool? Minor { get; init; }
        public NationalityGroup? NationalityGroup { get; init; }
        public Regions? Region { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public bool OldestFirst { get; init; }
        /// <summary>The keyset cursor: the last row of the previous page, as "ticks_id".</summary>
        public string? After { get; init; }
        public int PageSize { get; init; } = DefaultPageSize;
    }

    public sealed record Item(Guid Id, string Reference, DateTime ReportedAtUtc, OrganisationType ReporterType, ExploitationForms ExploitationForms,
        bool? IsMinor, NationalityGroup NationalityGroup, Regions Region, SignalStatus Status);

    public sealed record Page(IReadOnlyList<Item> Items, string? NextCursor);

    public sealed class Handler(IAppDbContext db, IAccessLog accessLog) : IQueryHandler<Query, Page>
    {
        public async ValueTask<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            var signals = db.Signals.AsNoTracking();
            if (query.Status is { } status) signals = signals.Where(s => s.Status == status);
            if (query.ReporterType is { } type) signals = signals.Where(s => s.ReporterOrganisationType == type);
            if (query.Form is { } form) signals = signals.Where(s => (s.ExploitationForms & form) == form);
            if (query.Minor is { } minor) signals = signals.Where(s => s.IsMinor == minor);
            if (query.NationalityGroup is { } group) signals = signals.Where(s => s.NationalityGroup == group);
            if (query.Region is { } region) signals = signals.Where(s => s.Region == region);
            // Dates are Dutch calendar days, as the list shows them.
            if (query.From is { } from) { var start = DutchCalendar.StartOfDayUtc(from); signals = signals.Where(s => s.ReportedAtUtc >= start); }
            if (query.To is { } to && to < DateOnly.MaxValue) { var end = DutchCalendar.StartOfDayUtc(to.AddDays(1)); signals = signals.Where(s => s.ReportedAtUtc < end); }

            if (Cursor.TryParse(query.After, out var afterTime, out var afterId))
            {
                // Written as a range on the leading column first, so the (ReportedAtUtc, Id) index can seek to it.
                signals = query.OldestFirst
                    ? signals.Where(s => s.ReportedAtUtc >= afterTime && (s.ReportedAtUtc > afterTime || s.Id.CompareTo(afterId) > 0))
                    : signals.Where(s => s.ReportedAtUtc <= afterTime && (s.ReportedAtUtc < afterTime || s.Id.CompareTo(afterId) < 0));
            }
            signals = query.OldestFirst
                ? signals.OrderBy(s => s.ReportedAtUtc).ThenBy(s => s.Id)
                : signals.OrderByDescending(s => s.ReportedAtUtc).ThenByDescending(s => s.Id);

            var pageSize = Math.Clamp(query.PageSize, 1, 100);
            var rows = await signals
                .Select(s => new Item(s.Id, s.Reference, s.ReportedAtUtc, s.ReporterOrganisationType, s.ExploitationForms, s.IsMinor,
                    s.NationalityGroup, s.Region, s.Status))
                .Take(pageSize + 1) // one more tells whether there is a next page
                .ToListAsync(cancellationToken);
            var items = rows.Take(pageSize).ToList();
            await accessLog.LogReadAsync(nameof(Signal), items.Select(i => i.Id).ToList(), cancellationToken);
            return new Page(items, rows.Count > pageSize ? Cursor.Format(items[^1].ReportedAtUtc, items[^1].Id) : null);
        }
    }

    /// <summary>The keyset cursor "ticks_id": opaque to users, but only a position, never data.</summary>
    public static class Cursor
    {
        public static string Format(DateTime reportedAtUtc, Guid id) => FormattableString.Invariant($"{reportedAtUtc.Ticks}_{id:N}");

        public static bool TryParse(string? cursor, out DateTime reportedAtUtc, out Guid id)
        {
            reportedAtUtc = default;
            id = default;
            var parts = cursor?.Split('_');
            if (parts is not { Length: 2 } || !long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
                || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks || !Guid.TryParseExact(parts[1], "N", out id))
                return false;
            reportedAtUtc = new DateTime(ticks, DateTimeKind.Utc);
            return true;
        }
    }
}
