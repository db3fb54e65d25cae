using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Templates;

internal sealed class TemplateRevisionConfiguration : IEntityTypeConfiguration<TemplateRevision>
{
    public void Configure(EntityTypeBuilder<TemplateRevision> builder)
    {
        builder.ToTable("TemplateRevisions");
        builder.Property(r => r.TemplateKey).HasMaxLength(TemplateRevision.KeyMaxLength).IsRequired();
        builder.Property(r => r.Text).HasMaxLength(TemplateRevision.MaxTextLength);
        builder.Property(r => r.TextSha256).HasMaxLength(TextLimits.Sha256Hex);
        builder.Property(r => r.Author).HasMaxLength(TextLimits.Actor).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(TextLimits.Reason);
        // One row per version: of two admins saving on top of the same version, only the first gets the number.
        // The active version of every template is the row with no higher number (served by this index).
        builder.HasIndex(r => new { r.TemplateKey, r.Number }).IsUnique();
    }
}
