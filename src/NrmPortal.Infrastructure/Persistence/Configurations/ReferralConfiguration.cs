using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Victims;
using NrmPortal.Infrastructure.Persistence.Encryption;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("Referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<PossibleVictim>().WithMany().HasForeignKey(r => r.VictimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.FromOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.ToOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Need).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.HandoverNote).HasMaxLength(Referral.HandoverNoteMaxLength).IsEncrypted();
        builder.Property(r => r.DeclineReason).HasMaxLength(Referral.DeclineReasonMaxLength).IsEncrypted();
        builder.Property(r => r.Version).IsConcurrencyToken();

        builder.HasIndex(r => new { r.ToOrganisationId, r.Status, r.SentAtUtc }); // incoming, by status, newest first
        builder.HasIndex(r => new { r.FromOrganisationId, r.SentAtUtc });          // outgoing, newest first
        builder.HasIndex(r => r.VictimId);                                         // the person's file and timeline
    }
}
