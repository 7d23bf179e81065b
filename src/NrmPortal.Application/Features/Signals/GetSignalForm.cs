using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Signals;

/// <summary>What the signal form needs: the current indicator list and whether the reporter's organisation must report.</summary>
public static class GetSignalForm
{
    [RequireRole(Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa)]
    public sealed record Query : IQuery<Model>;

    public sealed record Model(int IndicatorListVersion, IReadOnlyList<Indicator> Indicators, string HandlingInstructionEn,
        string HandlingInstructionNl, bool ReporterHasReportingDuty);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var list = await db.IndicatorListVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
            var reporterType = await db.Organisations.Where(o => o.Id == currentUser.OrganisationId).Select(o => o.Type).SingleAsync(cancellationToken);
            return new Model(list.Number, list.Indicators.OrderBy(i => i.Category).ThenBy(i => i.Code, StringComparer.Ordinal).ToList(),
                list.HandlingInstructionEn, list.HandlingInstructionNl, ReportingDuty.AppliesTo(reporterType));
        }
    }
}
