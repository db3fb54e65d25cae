using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Invoicing;

internal sealed class PayoutStatementConfiguration : IEntityTypeConfiguration<PayoutStatement>
{
    public void Configure(EntityTypeBuilder<PayoutStatement> builder)
    {
        builder.ToTable("PayoutStatements");
        BillingDocumentMapping.Configure(builder, "PayoutStatementLines");
        builder.HasOne<Expert>().WithMany().HasForeignKey(p => p.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ExpertId, p.Status });
    }
}
