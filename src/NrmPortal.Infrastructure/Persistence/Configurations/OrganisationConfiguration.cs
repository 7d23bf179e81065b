using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        builder.Property(o => o.NormalizedName).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.RegionsServed).HasConversion<int>();
        builder.Property(o => o.TargetGroups).HasConversion<int>();
        builder.Property(o => o.ProfileDescription).HasMaxLength(Organisation.DescriptionMaxLength);
        builder.Property(o => o.Languages).HasMaxLength(Organisation.LanguagesMaxLength);
        builder.Property(o => o.OpeningHours).HasMaxLength(Organisation.OpeningHoursMaxLength);
        builder.Property(o => o.Version).IsConcurrencyToken();

        // A complex property (not owned): value semantics, so one ContactDetails instance may be shared and replaced freely.
        builder.ComplexProperty(o => o.Contact, contact =>
        {
            contact.Property(c => c.Street).HasColumnName("Street").HasMaxLength(Organisation.StreetMaxLength);
            contact.Property(c => c.PostalCode).HasColumnName("PostalCode").HasMaxLength(Organisation.PostalCodeMaxLength);
            contact.Property(c => c.City).HasColumnName("City").HasMaxLength(Organisation.CityMaxLength);
            contact.Property(c => c.Phone).HasColumnName("Phone").HasMaxLength(Organisation.PhoneMaxLength);
            contact.Property(c => c.Email).HasColumnName("Email").HasMaxLength(Organisation.EmailMaxLength);
            contact.Property(c => c.Website).HasColumnName("Website").HasMaxLength(Organisation.WebsiteMaxLength);
        });

        builder.OwnsMany(o => o.SupportOffers, offer =>
        {
            offer.ToTable("OrganisationSupportOffers");
            offer.WithOwner().HasForeignKey("OrganisationId");
            offer.Property(s => s.Need).HasConversion<string>().HasMaxLength(60);
            offer.HasKey("OrganisationId", nameof(SupportOffer.Need)); // one offer per need category
            offer.Property(s => s.Description).HasMaxLength(Organisation.SupportOfferMaxLength).IsRequired();
        });
        builder.Navigation(o => o.SupportOffers).HasField("_supportOffers").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The administrators' list filters on type and active state and sorts by name.
        builder.HasIndex(o => o.NormalizedName).IsUnique(); // the validator checks first; this closes the race between two saves
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => new { o.Type, o.Name });
        builder.HasIndex(o => new { o.IsActive, o.Name });
    }
}
