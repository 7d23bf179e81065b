using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Signals;

/// <summary>The current indicator list as an editable draft of the next version, with spare rows for new indicators.</summary>
public static class GetIndicatorList
{
    public const int SpareRows = 3;

    [RequireRole(Roles.Administrator)]
    public sealed record Query : IQuery<Model>;

    public sealed record Model(int CurrentNumber, DateTime PublishedAtUtc, PublishIndicatorList.Command Draft);

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var current = await db.IndicatorListVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
            var rows = current.Indicators.OrderBy(i => i.Category).ThenBy(i => i.Code, StringComparer.Ordinal)
                .Select(i => new PublishIndicatorList.Row
                {
                    Code = i.Code, Category = i.Category, TextEn = i.TextEn, TextNl = i.TextNl, PointsTo = i.PointsTo.Split().ToList(),
                    ConcernsMinors = i.ConcernsMinors,
                })
                .Concat(Enumerable.Range(0, SpareRows).Select(_ => new PublishIndicatorList.Row()))
                .ToList();
            return new Model(current.Number, current.PublishedAtUtc, new PublishIndicatorList.Command
            {
                HandlingInstructionEn = current.HandlingInstructionEn, HandlingInstructionNl = current.HandlingInstructionNl, Indicators = rows,
            });
        }
    }
}
