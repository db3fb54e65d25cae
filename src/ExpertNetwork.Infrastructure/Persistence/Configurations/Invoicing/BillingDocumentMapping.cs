using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Invoicing;

/// <summary>The columns invoices and payout statements share; each keeps its own tables.</summary>
internal static class BillingDocumentMapping
{
    public static void Configure<TDocument>(EntityTypeBuilder<TDocument> builder, string linesTable)
        where TDocument : BillingDocument
    {
        builder.Property(d => d.Currency).HasMaxLength(3).IsRequired();
        builder.Property(d => d.Number).HasMaxLength(TextLimits.Code);
        builder.Property(d => d.SeriesKey).HasMaxLength(TextLimits.Code);
        builder.Property(d => d.PaymentReference).HasMaxLength(TextLimits.Short);
        builder.Property(d => d.VoidReason).HasMaxLength(TextLimits.Reason);
        builder.Property(d => d.PdfSha256).HasMaxLength(TextLimits.Sha256Hex);
        builder.Property(d => d.PdfStorageKey).HasMaxLength(TextLimits.Short);
        builder.ComplexProperty(d => d.Period);
        builder.OwnsMany(d => d.Lines, line =>
        {
            line.ToTable(linesTable);
            line.WithOwner().HasForeignKey("DocumentId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedNever();
            line.Property(l => l.Description).HasMaxLength(TextLimits.Name).IsRequired();
            line.HasIndex("DocumentId");
        });
        builder.Navigation(d => d.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(d => d.LinesInOrder);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.HasIndex(d => new { d.SeriesKey, d.SequenceNumber }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.IssueDate });
        builder.HasIndex(d => d.RunId);
    }
}
