using ExpertNetwork.Domain.Budgets;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Budgets;

internal sealed class BudgetNoticeConfiguration : IEntityTypeConfiguration<BudgetNotice>
{
    public void Configure(EntityTypeBuilder<BudgetNotice> builder)
    {
        builder.ToTable("BudgetNotices");
        builder.Property(n => n.Currency).HasMaxLength(3).IsRequired();
        builder.Property(n => n.Recipients).HasMaxLength(TextLimits.Note).IsRequired();
        builder.Property(n => n.MessageId).HasMaxLength(OutboxMessage.MaxMessageIdLength);
        builder.HasOne<Project>().WithMany().HasForeignKey(n => n.ProjectId).OnDelete(DeleteBehavior.Restrict);
        // Once per project and threshold, even if two checks race: the second insert fails and rolls back.
        builder.HasIndex(n => new { n.ProjectId, n.ThresholdPercent }).IsUnique();
    }
}
