using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Auditing;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("AuditEvents");
        builder.HasKey(a => a.Sequence);
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.ActorId).HasMaxLength(TextLimits.Actor).IsRequired();
        builder.Property(a => a.ActorName).HasMaxLength(TextLimits.Actor).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(TextLimits.Short).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(TextLimits.Short).IsRequired();
        builder.Property(a => a.PreviousHash).HasMaxLength(TextLimits.Sha256Hex).IsRequired();
        builder.Property(a => a.Hash).HasMaxLength(TextLimits.Sha256Hex).IsRequired();
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.Sequence });
        builder.HasIndex(a => a.OccurredUtc);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHeads");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(TextLimits.Sha256Hex).IsRequired();
        builder.HasData(new { Id = AuditChainHead.SingletonId, LastSequence = 0L, LastHash = AuditEvent.GenesisHash, LockCounter = 0L });
    }
}
