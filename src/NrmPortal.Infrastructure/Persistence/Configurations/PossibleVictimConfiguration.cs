using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;
using NrmPortal.Infrastructure.Persistence.Encryption;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class PossibleVictimConfiguration : IEntityTypeConfiguration<PossibleVictim>
{
    public void Configure(EntityTypeBuilder<PossibleVictim> builder)
    {
        builder.ToTable("PossibleVictims");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.RegistrationNumber).HasMaxLength(PossibleVictim.RegistrationNumberMaxLength).IsRequired();
        builder.HasIndex(v => v.RegistrationNumber).IsUnique();
        builder.Property(v => v.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.NationalityCode).HasMaxLength(2);
        builder.Property(v => v.NationalityGroup).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.ExploitationForms).HasConversion<int>();
        builder.Property(v => v.FirstReporterType).HasConversion<string>().HasMaxLength(40);
        builder.Property(v => v.Languages).HasMaxLength(PersonDetails.LanguagesMaxLength);
        builder.Property(v => v.Region).HasConversion<int>();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.CloseReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.Version).IsConcurrencyToken();
        // Matching on date of birth and nationality when no name matches.
        builder.HasIndex(v => new { v.DateOfBirth, v.NationalityCode });
        // The guardianship organisation (Nidos); the "turns 18" deadline reads minors under guardianship by date of birth.
        builder.HasOne<NrmPortal.Domain.Organisations.Organisation>().WithMany().HasForeignKey(v => v.GuardianOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.GuardianOrganisationId, v.DateOfBirth });
        // Retention: a legal hold stops anonymisation; the job finds what has expired by status and date.
        builder.ComplexProperty(v => v.LegalHold, LegalHoldMapping.Configure);
        builder.Ignore(v => v.IsAnonymised);
        builder.HasIndex(v => new { v.Status, v.ClosedAtUtc });

        builder.OwnsMany(v => v.Names, name =>
        {
            name.ToTable("VictimNames");
            name.WithOwner().HasForeignKey("VictimId");
            name.Property(n => n.Value).HasMaxLength(PersonDetails.NameMaxLength).IsRequired().IsEncrypted();
            // An index is VictimName.NameIndexLength characters; the column keeps the width of the plaintext Normalised column
            // it was renamed from, so the migration is a rename and FieldEncryptionBackfill replaces the legacy values in place.
            name.Property(n => n.NameIndex).HasMaxLength(PersonDetails.NameMaxLength).IsRequired();
            name.HasKey("VictimId", nameof(VictimName.NameIndex));
            name.HasIndex(n => n.NameIndex); // matching by name looks blind indexes up across all persons
        });
        builder.Navigation(v => v.Names).HasField("_names").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(v => v.Timeline, entry =>
        {
            entry.ToTable("TimelineEvents");
            entry.WithOwner().HasForeignKey("VictimId");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
            entry.Property(e => e.Reference).HasMaxLength(100);
        });
        builder.Navigation(v => v.Timeline).HasField("_timeline").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
