using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Workspace;

internal sealed class TaskSetConfiguration : IEntityTypeConfiguration<TaskSet>
{
    public void Configure(EntityTypeBuilder<TaskSet> builder)
    {
        builder.ToTable("TaskSets");
        builder.Property(s => s.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AnnotationSprint>().WithMany().HasForeignKey(s => s.SprintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ProjectId, s.Status });
        builder.HasIndex(s => s.SprintId);

        builder.OwnsMany(s => s.Labels, label =>
        {
            label.ToTable("TaskSetLabels");
            label.WithOwner().HasForeignKey("TaskSetId");
            label.HasKey("TaskSetId", nameof(ClassificationLabel.Position));
            label.Property(l => l.Position).ValueGeneratedNever();
            label.Property(l => l.Name).HasMaxLength(TextLimits.Short).IsRequired();
        });
        builder.Navigation(s => s.Labels).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(s => s.Criteria, criterion =>
        {
            criterion.ToTable("TaskSetCriteria");
            criterion.WithOwner().HasForeignKey("TaskSetId");
            criterion.HasKey("TaskSetId", nameof(RubricCriterion.Position));
            criterion.Property(c => c.Position).ValueGeneratedNever();
            criterion.Property(c => c.Name).HasMaxLength(TextLimits.Short).IsRequired();
            criterion.PrimitiveCollection(c => c.Anchors).HasField("_anchors").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(s => s.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(s => s.Guidelines, version =>
        {
            version.ToTable("TaskSetGuidelines");
            version.WithOwner().HasForeignKey(v => v.TaskSetId);
            version.HasKey(v => new { v.TaskSetId, v.Number });
            version.Property(v => v.Number).ValueGeneratedNever();
            version.Property(v => v.Markdown).IsRequired();
            version.Property(v => v.PublishedBy).HasMaxLength(TextLimits.Actor).IsRequired();
        });
        builder.Navigation(s => s.Guidelines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TaskItemConfiguration : IEntityTypeConfiguration<TaskItem>
{
    public void Configure(EntityTypeBuilder<TaskItem> builder)
    {
        builder.ToTable("TaskItems");
        builder.Property(i => i.ExternalId).HasMaxLength(TaskItem.MaxExternalIdLength).IsRequired();
        builder.Property(i => i.Content).IsRequired();
        builder.HasOne<TaskSet>().WithMany().HasForeignKey(i => i.TaskSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.TaskSetId, i.ExternalId }).IsUnique();
        // The next-item query walks one of these from the first open item of the set, in the set's order.
        builder.HasIndex(i => new { i.TaskSetId, i.IsPractice, i.IsComplete, i.Sequence });
        builder.HasIndex(i => new { i.TaskSetId, i.IsPractice, i.IsComplete, i.ShuffleKey });
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("Assignments");
        builder.Property(a => a.SkipReason).HasMaxLength(TextLimits.Reason);
        builder.HasOne<TaskItem>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TaskSet>().WithMany().HasForeignKey(a => a.TaskSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Expert>().WithMany().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Engagement>().WithMany().HasForeignKey(a => a.EngagementId).OnDelete(DeleteBehavior.Restrict);
        // Nobody is served the same item twice: the second insert of a race fails here.
        builder.HasIndex(a => new { a.ItemId, a.ExpertId }).IsUnique();
        builder.HasIndex(a => new { a.ItemId, a.State, a.LeaseExpiresUtc });
        builder.HasIndex(a => new { a.TaskSetId, a.ExpertId, a.State });
        builder.HasIndex(a => new { a.ExpertId, a.State, a.LeasedUtc });
        builder.HasIndex(a => new { a.State, a.LeaseExpiresUtc });
    }
}

internal sealed class JudgmentConfiguration : IEntityTypeConfiguration<Judgment>
{
    public void Configure(EntityTypeBuilder<Judgment> builder)
    {
        builder.ToTable("Judgments");
        builder.Property(j => j.Answer).IsRequired();
        builder.HasOne<Assignment>().WithMany().HasForeignKey(j => j.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TaskItem>().WithMany().HasForeignKey(j => j.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TaskSet>().WithMany().HasForeignKey(j => j.TaskSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Expert>().WithMany().HasForeignKey(j => j.ExpertId).OnDelete(DeleteBehavior.Restrict);
        // One revision number per assignment: a double submit cannot add a second first revision.
        builder.HasIndex(j => new { j.AssignmentId, j.Revision }).IsUnique();
        // Exports stream a set's current judgments in submission order.
        builder.HasIndex(j => new { j.TaskSetId, j.SupersededUtc, j.SubmittedUtc });
        builder.HasIndex(j => new { j.ExpertId, j.SubmittedUtc });
        builder.HasIndex(j => j.ItemId);
    }
}

internal sealed class ItemViewConfiguration : IEntityTypeConfiguration<ItemView>
{
    public void Configure(EntityTypeBuilder<ItemView> builder)
    {
        builder.ToTable("ItemViews");
        builder.HasOne<TaskItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.TaskSetId, v.ViewedUtc });
        builder.HasIndex(v => new { v.ItemId, v.ViewedUtc });
        builder.HasIndex(v => new { v.ExpertId, v.ViewedUtc });
    }
}
