using ExpertNetwork.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Storage;

internal sealed class StoredFileRecordConfiguration : IEntityTypeConfiguration<StoredFileRecord>
{
    public const string Table = "StoredFiles";

    public void Configure(EntityTypeBuilder<StoredFileRecord> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(f => f.Key);
        builder.Property(f => f.Key).HasMaxLength(StoredFileRecord.KeyMaxLength).IsRequired();
        builder.Property(f => f.Area).HasMaxLength(StoredFileRecord.AreaMaxLength).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.Content).IsRequired();
        // Abandoned import uploads are found (and may be deleted) by area and age.
        builder.HasIndex(f => new { f.Area, f.CreatedUtc });
    }
}
