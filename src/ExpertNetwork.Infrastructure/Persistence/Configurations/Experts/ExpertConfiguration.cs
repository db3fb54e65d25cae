using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Experts;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> builder)
    {
        builder.ToTable("Experts");
        builder.Property(e => e.FullName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(e => e.Email).HasMaxLength(TextLimits.Email).IsRequired();
        // Folding can spell one letter as two (ß -> ss), so the search columns have room for that.
        builder.Property(e => e.SearchName).HasMaxLength(TextLimits.Name * 2).IsRequired();
        builder.Property(e => e.SearchEmail).HasMaxLength(TextLimits.Email * 2).IsRequired();
        builder.Property(e => e.Phone).HasMaxLength(TextLimits.Phone);
        builder.Property(e => e.CountryCode).HasMaxLength(TextLimits.CountryCode).IsRequired();
        builder.Property(e => e.TimeZoneId).HasMaxLength(TextLimits.TimeZoneId).IsRequired();
        builder.Property(e => e.Headline).HasMaxLength(TextLimits.Name);
        builder.Property(e => e.Notes).HasMaxLength(TextLimits.Note);
        builder.Property(e => e.StatusReason).HasMaxLength(TextLimits.Reason);

        builder.HasIndex(e => e.Email).IsUnique();
        builder.HasIndex(e => new { e.FullName, e.Id });
        builder.HasIndex(e => new { e.Status, e.FullName });
        builder.HasIndex(e => new { e.CountryCode, e.FullName });
        builder.HasIndex(e => new { e.YearsOfExperience, e.FullName });
        builder.HasIndex(e => new { e.CreatedUtc, e.Id });

        builder.HasMany(e => e.Languages).WithOne().HasForeignKey(l => l.ExpertId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Specialties).WithOne().HasForeignKey(s => s.ExpertId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Blackouts).WithOne().HasForeignKey(b => b.ExpertId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Rates).WithOne().HasForeignKey(r => r.ExpertId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Employers).WithOne().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExpertEmployerConfiguration : IEntityTypeConfiguration<ExpertEmployer>
{
    public void Configure(EntityTypeBuilder<ExpertEmployer> builder)
    {
        builder.ToTable("ExpertEmployers");
        builder.HasKey(x => new { x.ExpertId, x.NormalizedName });
        builder.Property(x => x.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(x => x.NormalizedName).HasMaxLength(TextLimits.Name);
        // Matching looks experts up by a restricted company's normalised name.
        builder.HasIndex(x => new { x.NormalizedName, x.ExpertId });
    }
}

internal sealed class ExpertLanguageConfiguration : IEntityTypeConfiguration<ExpertLanguage>
{
    public void Configure(EntityTypeBuilder<ExpertLanguage> builder)
    {
        builder.ToTable("ExpertLanguages");
        builder.HasKey(l => new { l.ExpertId, l.Code });
        builder.Property(l => l.Code).HasMaxLength(TextLimits.LanguageCode);
        builder.HasIndex(l => new { l.Code, l.ExpertId });
    }
}

internal sealed class ExpertSpecialtyConfiguration : IEntityTypeConfiguration<ExpertSpecialty>
{
    public void Configure(EntityTypeBuilder<ExpertSpecialty> builder)
    {
        builder.ToTable("ExpertSpecialties");
        builder.HasKey(s => new { s.ExpertId, s.SpecialtyId });
        builder.HasIndex(s => new { s.SpecialtyId, s.ExpertId });
        builder.HasOne(s => s.Specialty).WithMany().HasForeignKey(s => s.SpecialtyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BlackoutConfiguration : IEntityTypeConfiguration<Blackout>
{
    public void Configure(EntityTypeBuilder<Blackout> builder)
    {
        builder.ToTable("ExpertBlackouts");
        builder.Property(b => b.Reason).HasMaxLength(TextLimits.Short);
        builder.ComplexProperty(b => b.Days);
        builder.HasIndex(b => b.ExpertId);
    }
}

internal sealed class ExpertRateConfiguration : IEntityTypeConfiguration<ExpertRate>
{
    public void Configure(EntityTypeBuilder<ExpertRate> builder)
    {
        builder.ToTable("ExpertRates");
        builder.ComplexProperty(r => r.HourlyRate, m => m.Property(x => x.Currency).HasMaxLength(3));
        builder.ComplexProperty(r => r.Effective);
        builder.HasIndex(r => new { r.ExpertId, r.Activity });
    }
}
