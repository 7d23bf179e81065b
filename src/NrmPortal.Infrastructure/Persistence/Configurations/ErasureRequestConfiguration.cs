using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> builder)
    {
        builder.ToTable("ErasureRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<PossibleVictim>().WithMany().HasForeignKey(r => r.VictimId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Ground).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Reason).HasMaxLength(ErasureRequest.TextMaxLength).IsRequired();
        builder.Property(r => r.DecisionNote).HasMaxLength(ErasureRequest.TextMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        // The list: pending first, newest first.
        builder.HasIndex(r => new { r.Status, r.RequestedAtUtc });
        builder.HasIndex(r => r.VictimId);
    }
}
