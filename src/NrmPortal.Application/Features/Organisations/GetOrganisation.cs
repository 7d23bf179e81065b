using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;

namespace NrmPortal.Application.Features.Organisations;

/// <summary>Everything an administrator sees and edits of one organisation; null when it does not exist (404).</summary>
public static class GetOrganisation
{
    [RequireRole(Roles.Administrator)]
    public sealed record Query(Guid Id) : IQuery<Model?>;

    public sealed record Model(
        Guid Id, string Name, OrganisationType Type, Regions RegionsServed, ContactDetails Contact,
        string? ProfileDescription, TargetGroups TargetGroups, string? Languages, string? OpeningHours,
        bool ReachableAroundTheClock, bool ProfilePublished, IReadOnlyCollection<SupportOffer> SupportOffers,
        bool IsActive, DateTime? DeactivatedAtUtc, int UserCount, Guid Version, DateTime UpdatedAtUtc)
    {
        public EditOrganisation.Command ToEditCommand() => new()
        {
            Id = Id,
            Version = Version,
            Name = Name,
            Type = Type,
            RegionsServed = RegionsServed.Split().ToList(),
            Street = Contact.Street,
            PostalCode = Contact.PostalCode,
            City = Contact.City,
            Phone = Contact.Phone,
            Email = Contact.Email,
            Website = Contact.Website,
            Description = ProfileDescription,
            TargetGroups = TargetGroups.Split().ToList(),
            Languages = Languages,
            OpeningHours = OpeningHours,
            ReachableAroundTheClock = ReachableAroundTheClock,
            ProfilePublished = ProfilePublished,
            SupportOffers = SupportOffers.ToDictionary(s => s.Need, s => (string?)s.Description),
        };
    }

    public sealed class Handler(IAppDbContext db, IUserAdministration users) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var model = await db.Organisations.AsNoTracking()
                .Where(o => o.Id == query.Id)
                .Select(o => new Model(o.Id, o.Name, o.Type, o.RegionsServed, o.Contact, o.ProfileDescription, o.TargetGroups,
                    o.Languages, o.OpeningHours, o.ReachableAroundTheClock, o.ProfilePublished, o.SupportOffers.ToList(),
                    o.IsActive, o.DeactivatedAtUtc, 0, o.Version, o.UpdatedAtUtc))
                .SingleOrDefaultAsync(cancellationToken);
            return model is null ? null : model with { UserCount = await users.Accounts.CountAsync(u => u.OrganisationId == query.Id, cancellationToken) };
        }
    }
}
