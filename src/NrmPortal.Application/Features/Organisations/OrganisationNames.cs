using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Application.Features.Organisations;

/// <summary>Organisation names are unique, ignoring case and surrounding spaces.</summary>
public static class OrganisationNames
{
    public const string AlreadyInUse = "Another organisation already has this name.";

    public static Task<bool> IsFreeAsync(IAppDbContext db, string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var normalised = Organisation.NormaliseName(name);
        return db.Organisations.AllAsync(o => o.Id == exceptId || o.NormalizedName != normalised, cancellationToken);
    }
}
