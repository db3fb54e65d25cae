using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Messaging;
using ExpertNetwork.Domain.Sprints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Sprints;

internal sealed class SprintNoticeConfiguration : IEntityTypeConfiguration<SprintNotice>
{
    public void Configure(EntityTypeBuilder<SprintNotice> builder)
    {
        builder.ToTable("SprintNotices");
        builder.Property(n => n.MessageId).HasMaxLength(OutboxMessage.MaxMessageIdLength);
        builder.Ignore(n => n.IsCalendar);
        builder.HasOne<AnnotationSprint>().WithMany().HasForeignKey(n => n.SprintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Engagement>().WithMany().HasForeignKey(n => n.EngagementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Expert>().WithMany().HasForeignKey(n => n.ExpertId).OnDelete(DeleteBehavior.Restrict);
        // Once per sprint, engagement, kind and sequence, even if two sweeps race: the second insert fails and rolls back.
        builder.HasIndex(n => new { n.SprintId, n.EngagementId, n.Kind, n.Sequence }).IsUnique();
        builder.HasIndex(n => n.EngagementId);
        builder.HasIndex(n => n.ExpertId);
    }
}
