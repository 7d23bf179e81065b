using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Privacy;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class BreakGlassGrantConfiguration : IEntityTypeConfiguration<BreakGlassGrant>
{
    public void Configure(EntityTypeBuilder<BreakGlassGrant> builder)
    {
        builder.ToTable("BreakGlassGrants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.EntityType).HasMaxLength(BreakGlassGrant.EntityTypeMaxLength).IsRequired();
        builder.Property(g => g.Reason).HasMaxLength(BreakGlassGrant.ReasonMaxLength).IsRequired();
        builder.Property(g => g.ReviewComment).HasMaxLength(BreakGlassGrant.CommentMaxLength);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Ignore(g => g.IsReviewed);
        // Access checks look up the user's active grants for a record; the review queue lists the unreviewed ones.
        builder.HasIndex(g => new { g.UserId, g.EntityType, g.EntityId, g.ExpiresAtUtc });
        builder.HasIndex(g => new { g.ReviewedAtUtc, g.GrantedAtUtc });
    }
}
