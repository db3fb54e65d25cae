using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Clients;

public sealed record CreateClientCommand(ClientInput Client);

/// <summary>Records a new client with its billing details and restricted companies.</summary>
public sealed class CreateClientHandler(IAppDbContext db, IClock clock)
{
    /// <returns>The new client's id.</returns>
    public async Task<Guid> HandleAsync(CreateClientCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var input = command.Client;
        ArgumentNullException.ThrowIfNull(input);
        var client = Client.Create(input.Name, input.LegalName, input.BillingEmail, input.BillingAddress, input.CountryCode,
            input.Currency, input.VatRate, input.ReverseCharge, input.VatNumber, input.RequiresClientNda, clock.UtcNow);
        if (input.RestrictedCompanies.Any(c => !string.IsNullOrWhiteSpace(c)))
            client.SetRestrictedCompanies(input.RestrictedCompanies);
        db.Clients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return client.Id;
    }
}
