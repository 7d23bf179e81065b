using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Retention;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

/// <summary>The legal hold as columns of its record's table (LegalHold, LegalHoldReason, …), the same on victims and signals.</summary>
internal static class LegalHoldMapping
{
    public static void Configure(ComplexPropertyBuilder<LegalHold> hold)
    {
        hold.Property(h => h.IsOn).HasColumnName("LegalHold");
        hold.Property(h => h.Reason).HasColumnName("LegalHoldReason").HasMaxLength(LegalHold.ReasonMaxLength);
        hold.Property(h => h.PlacedBy).HasColumnName("LegalHoldPlacedBy");
        hold.Property(h => h.PlacedAtUtc).HasColumnName("LegalHoldPlacedAtUtc");
        hold.Property(h => h.LiftReason).HasColumnName("LegalHoldLiftReason").HasMaxLength(LegalHold.ReasonMaxLength);
        hold.Property(h => h.LiftedBy).HasColumnName("LegalHoldLiftedBy");
        hold.Property(h => h.LiftedAtUtc).HasColumnName("LegalHoldLiftedAtUtc");
    }
}
