using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Auditing;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // The append-only triggers (AuditLogSql), declared so EF Core never uses SQL it cannot combine with triggers (OUTPUT).
        builder.ToTable("AuditEntries", table =>
        {
            table.HasTrigger(AuditLogSql.SqliteNoUpdateTrigger);
            table.HasTrigger(AuditLogSql.SqliteNoDeleteTrigger);
            table.HasTrigger(AuditLogSql.SqlServerTrigger);
        });
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(AuditEntry.OutcomeMaxLength);
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength).IsRequired();
        builder.Property(a => a.ChangedFields).HasMaxLength(AuditEntry.ChangedFieldsMaxLength);
        builder.Property(a => a.Role).HasMaxLength(AuditEntry.RoleMaxLength);
        builder.Property(a => a.CorrelationId).HasMaxLength(AuditEntry.CorrelationIdMaxLength);
        builder.Property(a => a.Purpose).HasMaxLength(AuditPurpose.MaxLength);
        builder.Property(a => a.ClientAddress).HasMaxLength(AuditEntry.ClientAddressMaxLength);
        builder.Property(a => a.Reason).HasMaxLength(AuditEntry.ReasonMaxLength);
        builder.Property(a => a.Hash).HasMaxLength(AuditEntry.HashLength).IsRequired();
        // Gap-free and unique per chain; rows written before the chain existed keep 0 and are left out of the index.
        builder.HasIndex(a => a.Sequence).IsUnique().HasFilter("Sequence > 0");
        // The per-record and per-user views (NEN 7513 ch. 9) read by entity and by user, newest first. The per-victim view
        // filters on the entity id alone (the victim's signals, tracks, referrals, … of any type) and on the subject.
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.OccurredAtUtc });
        builder.HasIndex(a => new { a.EntityId, a.OccurredAtUtc });
        builder.HasIndex(a => new { a.SubjectId, a.OccurredAtUtc });
        builder.HasIndex(a => new { a.UserId, a.OccurredAtUtc });
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHead");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(AuditEntry.HashLength).IsRequired();
        builder.HasData(new AuditChainHead(AuditChainHead.SingletonId, 0, AuditEntry.GenesisHash));
    }
}
