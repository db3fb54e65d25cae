using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Timesheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Timesheets;

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> builder)
    {
        builder.ToTable("TimeEntries");
        builder.Property(t => t.Note).HasMaxLength(TextLimits.Note);
        builder.Property(t => t.ReviewedBy).HasMaxLength(TextLimits.Actor);
        builder.Property(t => t.RejectionReason).HasMaxLength(TextLimits.Reason);
        builder.HasOne<Engagement>().WithMany().HasForeignKey(t => t.EngagementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AnnotationSprint>().WithMany().HasForeignKey(t => t.SprintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.EngagementId, t.WorkDate });
        builder.HasIndex(t => new { t.ExpertId, t.WorkDate });
        builder.HasIndex(t => new { t.ProjectId, t.Status, t.WorkDate });
        builder.HasIndex(t => new { t.SprintId, t.Status });
        builder.HasIndex(t => new { t.Status, t.InvoiceId, t.WorkDate });
        builder.HasIndex(t => new { t.Status, t.PayoutStatementId, t.WorkDate });
        // An invoice run claims one project's (one expert's) unclaimed hours of a period: these lead with the project
        // (expert), so a claim reads that group's rows, not every unclaimed entry of the period.
        builder.HasIndex(t => new { t.ProjectId, t.Status, t.InvoiceId, t.WorkDate });
        builder.HasIndex(t => new { t.ExpertId, t.Status, t.PayoutStatementId, t.WorkDate });
    }
}
