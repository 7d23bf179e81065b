using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Victims;
using NrmPortal.Infrastructure.Persistence.Encryption;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class ShelterFacilityConfiguration : IEntityTypeConfiguration<ShelterFacility>
{
    public void Configure(EntityTypeBuilder<ShelterFacility> builder)
    {
        builder.ToTable("ShelterFacilities");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.Name).HasMaxLength(ShelterFacility.NameMaxLength).IsRequired();
        builder.Property(f => f.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Region).HasConversion<int>();
        builder.Property(f => f.ConfidentialAddress).HasMaxLength(ShelterFacility.AddressMaxLength).IsEncrypted();
        // The version is the optimistic lock that keeps two coordinators from both taking the last place.
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.FreePlaces);
        builder.ComplexProperty(f => f.Criteria, c =>
        {
            c.Property(x => x.Sexes).HasColumnName("AdmitsSexes").HasConversion<int>();
            c.Property(x => x.MinimumAge).HasColumnName("MinimumAge");
            c.Property(x => x.MaximumAge).HasColumnName("MaximumAge");
            c.Property(x => x.Nationalities).HasColumnName("AdmitsNationalities").HasConversion<int>();
            c.Property(x => x.AcceptsAccompanyingChildren).HasColumnName("AcceptsAccompanyingChildren");
            c.Property(x => x.ExcludesCouples).HasColumnName("ExcludesCouples");
            c.Property(x => x.ExcludesAcutePsychiatricProblems).HasColumnName("ExcludesAcutePsychiatricProblems");
            c.Property(x => x.ExcludesAddictionProblems).HasColumnName("ExcludesAddictionProblems");
        });
        builder.HasIndex(f => new { f.OrganisationId, f.Name });
        builder.HasIndex(f => new { f.Type, f.Region });
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("Placements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<PossibleVictim>().WithMany().HasForeignKey(p => p.VictimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ShelterFacility>().WithMany().HasForeignKey(p => p.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.EndReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.TransferReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        // One active placement per person, whatever happens at the same moment.
        builder.HasIndex(p => p.VictimId).IsUnique().HasFilter("[IsActive] = 1").HasDatabaseName("IX_Placements_VictimId_Active");
        builder.HasIndex(p => new { p.FacilityId, p.IsActive });
    }
}

internal sealed class WaitingListEntryConfiguration : IEntityTypeConfiguration<WaitingListEntry>
{
    public void Configure(EntityTypeBuilder<WaitingListEntry> builder)
    {
        builder.ToTable("WaitingListEntries");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.HasOne<PossibleVictim>().WithMany().HasForeignKey(w => w.VictimId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(w => w.List).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => new { w.VictimId, w.List }).IsUnique().HasFilter("[IsWaiting] = 1").HasDatabaseName("IX_WaitingListEntries_VictimId_List_Waiting");
        // The list in order: who waits longest comes first.
        builder.HasIndex(w => new { w.List, w.IsWaiting, w.AddedAtUtc });
    }
}
