using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Messaging;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.ToAddress).HasMaxLength(TextLimits.Email).IsRequired();
        builder.Property(m => m.ToName).HasMaxLength(TextLimits.Name);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.MaxSubjectLength).IsRequired();
        builder.Property(m => m.HtmlBody).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.MessageId).HasMaxLength(OutboxMessage.MaxMessageIdLength).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(TextLimits.Note);
        builder.Property(m => m.ClaimedBy).HasMaxLength(TextLimits.Short);
        builder.HasIndex(m => m.MessageId).IsUnique();
        // The dispatcher's claim query: due pending rows in due order, and sending rows whose claim has expired.
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc });
        builder.HasIndex(m => new { m.Status, m.ClaimExpiresUtc });
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.Attempts).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attempts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> builder)
    {
        builder.ToTable("OutboxAttachments");
        builder.Property(a => a.FileName).HasMaxLength(OutboxAttachment.MaxFileNameLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(OutboxAttachment.MaxContentTypeLength).IsRequired();
        builder.Property(a => a.Content).IsRequired();
    }
}

internal sealed class OutboxAttemptConfiguration : IEntityTypeConfiguration<OutboxAttempt>
{
    public void Configure(EntityTypeBuilder<OutboxAttempt> builder)
    {
        builder.ToTable("OutboxAttempts");
        builder.Property(a => a.Node).HasMaxLength(TextLimits.Short).IsRequired();
        builder.Property(a => a.Error).HasMaxLength(TextLimits.Note);
        builder.HasIndex(a => new { a.OutboxMessageId, a.AttemptedUtc });
    }
}
