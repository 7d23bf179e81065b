using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NrmPortal.Domain.Signals;
using NrmPortal.Infrastructure.Persistence.Encryption;

namespace NrmPortal.Infrastructure.Persistence.Configurations;

internal sealed class SignalConfiguration : IEntityTypeConfiguration<Signal>
{
    public void Configure(EntityTypeBuilder<Signal> builder)
    {
        builder.ToTable("Signals");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Reference).HasMaxLength(Signal.ReferenceMaxLength).IsRequired();
        builder.HasIndex(s => s.Reference).IsUnique();
        builder.Property(s => s.ReporterOrganisationType).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Context).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Region).HasConversion<int>();
        builder.Property(s => s.ExploitationForms).HasConversion<int>();
        builder.Property(s => s.NationalityGroup).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Account).HasMaxLength(Signal.AccountMaxLength).IsEncrypted();
        builder.Property(s => s.TriageNote).HasMaxLength(Signal.TriageNoteMaxLength).IsEncrypted();
        builder.HasOne<NrmPortal.Domain.Victims.PossibleVictim>().WithMany().HasForeignKey(s => s.VictimId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.HandlingSteps);
        builder.Ignore(s => s.IsAnonymous);
        builder.Ignore(s => s.IsClosedWithoutRegistration);
        // Retention: a legal hold stops anonymisation; the job finds what has expired by status and date.
        builder.ComplexProperty(s => s.LegalHold, LegalHoldMapping.Configure);
        builder.Ignore(s => s.IsAnonymised);
        builder.HasIndex(s => new { s.Status, s.TriagedAtUtc });

        builder.ComplexProperty(s => s.Person, person =>
        {
            person.Property(p => p.Name).HasColumnName("PersonName").HasMaxLength(PersonDetails.NameMaxLength).IsEncrypted();
            person.Property(p => p.Alias).HasColumnName("PersonAlias").HasMaxLength(PersonDetails.NameMaxLength).IsEncrypted();
            person.Property(p => p.Sex).HasColumnName("PersonSex").HasConversion<string>().HasMaxLength(10);
            person.Property(p => p.DateOfBirth).HasColumnName("PersonDateOfBirth");
            person.Property(p => p.EstimatedAge).HasColumnName("PersonEstimatedAge");
            person.Property(p => p.NationalityCode).HasColumnName("PersonNationality").HasMaxLength(2);
            person.Property(p => p.Languages).HasColumnName("PersonLanguages").HasMaxLength(PersonDetails.LanguagesMaxLength);
            person.Property(p => p.AccompanyingChildren).HasColumnName("PersonAccompanyingChildren");
            person.Property(p => p.AccompaniedByParentOrGuardian).HasColumnName("PersonAccompaniedByParentOrGuardian");
            person.Property(p => p.Whereabouts).HasColumnName("PersonWhereabouts").HasMaxLength(PersonDetails.WhereaboutsMaxLength).IsEncrypted();
        });

        builder.OwnsMany(s => s.Indicators, indicator =>
        {
            indicator.ToTable("SignalIndicators");
            indicator.WithOwner().HasForeignKey("SignalId");
            indicator.Property(i => i.Code).HasMaxLength(IndicatorListVersion.CodeMaxLength);
            indicator.HasKey("SignalId", nameof(SignalIndicator.Code));
        });
        builder.Navigation(s => s.Indicators).HasField("_indicators").UsePropertyAccessMode(PropertyAccessMode.Field);

        // A reporter's own list (organisation, newest first) and CoMensha's inbox (status, newest first).
        builder.HasIndex(s => new { s.ReporterOrganisationId, s.ReportedAtUtc });
        builder.HasIndex(s => new { s.Status, s.ReportedAtUtc });
        // The unfiltered inbox and every filter but status read in (ReportedAtUtc, Id) order from a keyset position.
        builder.HasIndex(s => new { s.ReportedAtUtc, s.Id });
    }
}
