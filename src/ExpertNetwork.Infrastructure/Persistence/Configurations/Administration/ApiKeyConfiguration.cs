using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Administration;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.Property(k => k.Name).HasMaxLength(TextLimits.Short).IsRequired();
        builder.Property(k => k.Role).HasMaxLength(TextLimits.Code).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength).IsRequired();
        builder.Property(k => k.KeyHash).HasMaxLength(TextLimits.Sha256Hex).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(TextLimits.Actor).IsRequired();
        builder.HasIndex(k => k.Prefix);
    }
}
