using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;

namespace NrmPortal.Application.Features.Organisations;

/// <summary>Organisation names are unique, ignoring case and surrounding spaces.</summary>
public static class OrganisationNames
{
    public const string AlreadyInUse = "Another organisation already has this name.";

    public static Task<bool> IsFreeAsync(IAppDbContext db, string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var normalised = name.Trim().ToUpperInvariant();
        return db.Organisations.AllAsync(o => o.Id == exceptId || o.Name.ToUpper() != normalised, cancellationToken);
    }
}
