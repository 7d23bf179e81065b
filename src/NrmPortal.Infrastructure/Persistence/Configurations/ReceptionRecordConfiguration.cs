using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Reception;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class ReceptionRecordConfiguration : IEntityTypeConfiguration<ReceptionRecord>
{
    public void Configure(EntityTypeBuilder<ReceptionRecord> builder)
    {
        builder.ToTable("ReceptionRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<PossibleVictim>().WithMany().HasForeignKey(r => r.VictimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.CoaOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.EndReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
        // One open record per person; the open records are also what the "entitlement ended" deadline reads.
        builder.HasIndex(r => r.VictimId).IsUnique().HasFilter("[EndedOn] IS NULL").HasDatabaseName("IX_ReceptionRecords_VictimId_Open");
        builder.HasIndex(r => new { r.VictimId, r.AllowanceFrom });
    }
}
