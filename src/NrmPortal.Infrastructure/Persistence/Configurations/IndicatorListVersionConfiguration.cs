using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorListVersionConfiguration : IEntityTypeConfiguration<IndicatorListVersion>
{
    public void Configure(EntityTypeBuilder<IndicatorListVersion> builder)
    {
        builder.ToTable("IndicatorListVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => v.Number).IsUnique();
        builder.Property(v => v.HandlingInstructionEn).HasMaxLength(IndicatorListVersion.InstructionMaxLength).IsRequired();
        builder.Property(v => v.HandlingInstructionNl).HasMaxLength(IndicatorListVersion.InstructionMaxLength).IsRequired();
        builder.OwnsMany(v => v.Indicators, indicator =>
        {
            indicator.ToTable("Indicators");
            indicator.WithOwner().HasForeignKey("IndicatorListVersionId");
            indicator.HasKey("IndicatorListVersionId", nameof(Indicator.Code));
            indicator.Property(i => i.Code).HasMaxLength(IndicatorListVersion.CodeMaxLength);
            indicator.Property(i => i.Category).HasConversion<string>().HasMaxLength(40);
            indicator.Property(i => i.TextEn).HasMaxLength(IndicatorListVersion.TextMaxLength).IsRequired();
            indicator.Property(i => i.TextNl).HasMaxLength(IndicatorListVersion.TextMaxLength).IsRequired();
            indicator.Property(i => i.PointsTo).HasConversion<int>();
        });
        builder.Navigation(v => v.Indicators).HasField("_indicators").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
