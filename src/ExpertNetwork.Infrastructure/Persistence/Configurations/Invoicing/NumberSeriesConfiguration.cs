using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Invoicing;

internal sealed class NumberSeriesConfiguration : IEntityTypeConfiguration<NumberSeries>
{
    public void Configure(EntityTypeBuilder<NumberSeries> builder)
    {
        builder.ToTable("NumberSeries");
        builder.Property(s => s.Key).HasMaxLength(TextLimits.Code).IsRequired();
        builder.Property(s => s.Prefix).HasMaxLength(8).IsRequired();
        builder.HasIndex(s => s.Key).IsUnique();
    }
}
