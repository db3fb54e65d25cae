using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Clients;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ToTable("Clients");
        builder.Property(c => c.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(c => c.LegalName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(c => c.BillingEmail).HasMaxLength(TextLimits.Email).IsRequired();
        builder.Property(c => c.BillingAddress).HasMaxLength(TextLimits.Reason).IsRequired();
        builder.Property(c => c.CountryCode).HasMaxLength(TextLimits.CountryCode).IsRequired();
        builder.Property(c => c.VatNumber).HasMaxLength(TextLimits.Code);
        builder.Property(c => c.Currency).HasMaxLength(3).IsRequired();
        builder.PrimitiveCollection(c => c.RestrictedCompanies);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
