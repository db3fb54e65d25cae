using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Compliance;

internal sealed class ExpiryNoticeConfiguration : IEntityTypeConfiguration<ExpiryNotice>
{
    public void Configure(EntityTypeBuilder<ExpiryNotice> builder)
    {
        builder.ToTable("ExpiryNotices");
        builder.Property(n => n.MessageId).HasMaxLength(OutboxMessage.MaxMessageIdLength);
        builder.HasOne<Expert>().WithMany().HasForeignKey(n => n.ExpertId).OnDelete(DeleteBehavior.Restrict);
        // Once per item, expiry date and threshold, even if two scans race: the second insert fails and rolls back.
        builder.HasIndex(n => new { n.Subject, n.SubjectId, n.ExpiresOn, n.ThresholdDays }).IsUnique();
        builder.HasIndex(n => n.ExpertId);
    }
}
