using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Signals;

/// <summary>
/// One signal with the tailored handling instruction, for CoMensha and the reporting organisation; null (404) for anyone
/// else, so a signal of another organisation cannot even be shown to exist. Every read is logged.
/// </summary>
public static class GetSignal
{
    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa)]
    public sealed record Query(Guid Id) : IQuery<Model?>;

    public sealed record Model(
        Guid Id, string Reference, DateTime ReportedAtUtc, string ReporterOrganisationName, OrganisationType ReporterOrganisationType,
        MeetingContext Context, Regions Region, int IndicatorListVersion, IReadOnlyList<Indicator> Indicators, ExploitationForms ExploitationForms,
        PersonDetails Person, int? AgeAtReport, bool? IsMinor, NationalityGroup NationalityGroup, bool ImmediateDanger,
        bool? ConsentToRegistration, string? Account, SignalStatus Status, IReadOnlyList<HandlingStep> HandlingSteps,
        string HandlingInstructionEn, string HandlingInstructionNl, Guid? VictimId, string? TriageNote, Guid Version);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IAccessLog accessLog) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var signal = await db.Signals.AsNoTracking().Where(SignalAccess.VisibleTo(currentUser))
                .SingleOrDefaultAsync(s => s.Id == query.Id, cancellationToken);
            if (signal is null) { await accessLog.LogIfExistsAsync(db.Signals, s => s.Id == query.Id, nameof(Signal), query.Id, cancellationToken); return null; }

            var reporterName = await db.Organisations.Where(o => o.Id == signal.ReporterOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
            var list = await db.IndicatorListVersions.AsNoTracking().SingleAsync(v => v.Number == signal.IndicatorListVersion, cancellationToken);
            var codes = signal.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
            await accessLog.LogReadAsync(nameof(Signal), [signal.Id], cancellationToken);

            // Each category only as far as the need-to-know matrix allows this role on a signal of this relation.
            var relation = SignalAccess.RelationOf(currentUser, signal);
            bool Sees(DataCategory category) => NeedToKnow.Allows(currentUser.Role, category, relation);
            var person = Sees(DataCategory.Whereabouts) ? signal.Person : signal.Person with { Whereabouts = null };
            return new Model(signal.Id, signal.Reference, signal.ReportedAtUtc, reporterName, signal.ReporterOrganisationType, signal.Context,
                signal.Region, signal.IndicatorListVersion,
                Sees(DataCategory.Indicators) ? list.Indicators.Where(i => codes.Contains(i.Code)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList() : [],
                signal.ExploitationForms, person, signal.AgeAtReport, signal.IsMinor, signal.NationalityGroup, signal.ImmediateDanger,
                signal.ConsentToRegistration, Sees(DataCategory.Account) ? signal.Account : null, signal.Status, signal.HandlingSteps, list.HandlingInstructionEn, list.HandlingInstructionNl,
                signal.VictimId, Sees(DataCategory.TriageNote) ? signal.TriageNote : null, signal.Version);
        }
    }
}
