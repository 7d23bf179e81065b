using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Deadlines;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class ResidenceTrackConfiguration : IEntityTypeConfiguration<ResidenceTrack>
{
    public void Configure(EntityTypeBuilder<ResidenceTrack> builder)
    {
        builder.ToTable("ResidenceTracks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<Signal>().WithMany().HasForeignKey(t => t.SignalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PossibleVictim>().WithMany().HasForeignKey(t => t.VictimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.PoliceOrganisationId).OnDelete(DeleteBehavior.Restrict);
        // One track per signal and per registered person.
        builder.HasIndex(t => t.SignalId).IsUnique().HasFilter("[SignalId] IS NOT NULL");
        builder.HasIndex(t => t.VictimId).IsUnique().HasFilter("[VictimId] IS NOT NULL");
        foreach (var name in new[] { nameof(ResidenceTrack.NationalityGroup), nameof(ResidenceTrack.ReflectionState), nameof(ResidenceTrack.CaseState),
                     nameof(ResidenceTrack.ResidenceState), nameof(ResidenceTrack.CooperationKind), nameof(ResidenceTrack.TemporaryPermitKind) })
            builder.Property(name).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.CooperationUnit).HasMaxLength(ReflectionPeriod.TextMaxLength);
        builder.Property(t => t.CaseNumber).HasMaxLength(ResidenceTrack.CaseNumberMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();

        // The deadline dashboards: each rule reads one of these by range.
        builder.HasIndex(t => new { t.PoliceOrganisationId, t.ReflectionEndsOn });
        builder.HasIndex(t => t.ReflectionEndsOn);
        builder.HasIndex(t => t.TemporaryPermitValidUntil);
        builder.HasIndex(t => t.ThreeYearPointOn);
        builder.HasIndex(t => t.ContinuedResidenceAppliedOn);
        builder.HasIndex(t => new { t.ResidenceState, t.CooperationOn });
        builder.HasIndex(t => new { t.CreatedAtUtc, t.Id }); // the track list, newest first

        builder.OwnsMany(t => t.ReflectionPeriods, period =>
        {
            period.ToTable("ReflectionPeriods");
            period.WithOwner().HasForeignKey("TrackId");
            period.HasKey(p => p.Id);
            period.Property(p => p.Id).ValueGeneratedNever();
            period.Property(p => p.Unit).HasMaxLength(ReflectionPeriod.TextMaxLength).IsRequired();
            period.Property(p => p.Officer).HasMaxLength(ReflectionPeriod.TextMaxLength).IsRequired();
            period.Property(p => p.InterpreterLanguage).HasMaxLength(ReflectionPeriod.TextMaxLength);
            period.Property(p => p.Decision).HasConversion<string>().HasMaxLength(20);
            period.Property(p => p.DeclineReason).HasConversion<string>().HasMaxLength(30);
            period.Property(p => p.EarlyEndReason).HasConversion<string>().HasMaxLength(30);
            period.Ignore(p => p.EffectiveEnd);
        });
        builder.Navigation(t => t.ReflectionPeriods).HasField("_reflectionPeriods").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(t => t.ProsecutionDecisions, decision =>
        {
            decision.ToTable("ProsecutionDecisions");
            decision.WithOwner().HasForeignKey("TrackId");
            decision.HasKey(d => d.Id);
            decision.Property(d => d.Id).ValueGeneratedNever();
            decision.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            decision.Property(d => d.Complaint).HasConversion<string>().HasMaxLength(20);
        });
        builder.Navigation(t => t.ProsecutionDecisions).HasField("_decisions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(t => t.Applications, application =>
        {
            application.ToTable("ResidenceApplications");
            application.WithOwner().HasForeignKey("TrackId");
            application.HasKey(a => a.Id);
            application.Property(a => a.Id).ValueGeneratedNever();
            application.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
            application.Property(a => a.Ground).HasConversion<string>().HasMaxLength(40);
            application.Property(a => a.Regulation).HasConversion<string>().HasMaxLength(20);
            application.Ignore(a => a.IsPending);
        });
        builder.Navigation(t => t.Applications).HasField("_applications").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReminderDispatchConfiguration : IEntityTypeConfiguration<ReminderDispatch>
{
    public void Configure(EntityTypeBuilder<ReminderDispatch> builder)
    {
        builder.ToTable("ReminderDispatches");
        builder.HasKey(r => new { r.OrganisationId, r.Date });
    }
}
