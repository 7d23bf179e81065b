using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>What a privacy officer can look up by reference: a victim file (CM-…) or a signal (SIG-…).</summary>
public enum RecordKind
{
    VictimFile,
    Signal,
}

/// <summary>Finds a victim file by its registration number (CM-…) or a signal by its reference (SIG-…), for the privacy pages.</summary>
public static class FindRecord
{
    public const string NotFound = "No victim file or signal has this reference.";

    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Query : IQuery<Found>
    {
        [Display(Name = "Reference (CM-… or SIG-…)")] public string? Reference { get; init; }
        /// <summary>When set, only victim files are looked up (a data-subject request is about a person).</summary>
        public bool VictimFilesOnly { get; init; }
    }

    public sealed record Found(RecordKind Kind, Guid Id);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Reference).NotEmpty().MaximumLength(Signal.ReferenceMaxLength);
    }

    public sealed class Handler(IAppDbContext db) : IQueryHandler<Query, Found>
    {
        public async ValueTask<Found> Handle(Query query, CancellationToken cancellationToken)
        {
            var reference = query.Reference!.Trim().ToUpperInvariant();
            var victimId = await db.PossibleVictims.AsNoTracking().Where(v => v.RegistrationNumber == reference).Select(v => (Guid?)v.Id)
                .SingleOrDefaultAsync(cancellationToken);
            if (victimId is { } v) return new Found(RecordKind.VictimFile, v);
            if (!query.VictimFilesOnly)
            {
                var signalId = await db.Signals.AsNoTracking().Where(s => s.Reference == reference).Select(s => (Guid?)s.Id)
                    .SingleOrDefaultAsync(cancellationToken);
                if (signalId is { } s) return new Found(RecordKind.Signal, s);
            }
            throw new RequestValidationException(nameof(Query.Reference), query.VictimFilesOnly ? NotAVictimFile : NotFound);
        }
    }

    public const string NotAVictimFile = "No victim file has this registration number.";
}
