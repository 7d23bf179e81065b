using System.Globalization;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Common.Export;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Domain.Common;
using NrmPortal.Web.Infrastructure;

namespace NrmPortal.Web.Pages.Privacy;

/// <summary>How the log's rows are shown and exported: Dutch time to the second, the same columns on the page and in the CSV.</summary>
public static class PrivacyText
{
    public static string Time(DateTime utc) => DutchCalendar.ToDutchTime(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The rows as CSV (formula-safe, see <see cref="SafeCsv"/>), with localised column names.</summary>
    public static string Csv(IStringLocalizer t, IReadOnlyList<AuditLogView.Row> rows) =>
        SafeCsv.Write(
            [t["Time"], t["User"], t["E-mail address"], t["Role"], t["Organisation"], t["Event"], t["Record type"], t["Record id"], t["Changed fields"],
                t["Outcome"], t["Purpose"], t["Break-the-glass"], t["Reason"], t["Client address"], t["Correlation id"], t["Sequence"]],
            rows.Select(r => (IReadOnlyList<string?>)
            [
                Time(r.OccurredAtUtc), r.UserName, r.UserEmail, t[RoleLabels.For(r.Role)], r.Organisation, t.Label(r.Action), r.EntityType, r.EntityId,
                r.ChangedFields, t.Label(r.Outcome), r.Purpose, r.BreakGlass ? t["Yes"] : t["No"], r.Reason, r.ClientAddress, r.CorrelationId,
                r.Sequence.ToString(CultureInfo.InvariantCulture),
            ]));
}

/// <summary>What the search form of a log view shows: the search field (reference or e-mail) and the period.</summary>
public sealed record PeriodFilter(string Name, string Label, string? Value, string Placeholder, DateOnly? From, DateOnly? To)
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
