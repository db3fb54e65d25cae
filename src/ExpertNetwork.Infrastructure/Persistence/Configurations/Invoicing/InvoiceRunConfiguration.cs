using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Invoicing;

internal sealed class InvoiceRunConfiguration : IEntityTypeConfiguration<InvoiceRun>
{
    public void Configure(EntityTypeBuilder<InvoiceRun> builder)
    {
        builder.ToTable("InvoiceRuns");
        builder.ComplexProperty(r => r.Period);
        builder.Property(r => r.RequestedBy).HasMaxLength(TextLimits.Actor).IsRequired();
        builder.PrimitiveCollection(r => r.Skipped);
        builder.Ignore(r => r.IsCompleted);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.StartedUtc);
    }
}
