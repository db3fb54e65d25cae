using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Clients;

public sealed record UpdateClientCommand(Guid ClientId, int ExpectedVersion, ClientInput Client);

/// <summary>
/// Edits a client's billing details and restricted companies. The caller says which version it edited; when someone
/// else saved in between, nothing is saved and <see cref="Refusal"/> says so.
/// </summary>
public sealed class UpdateClientHandler(IAppDbContext db)
{
    /// <returns>The client's version after the edit.</returns>
    public async Task<int> HandleAsync(UpdateClientCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var clientId = command.ClientId;
        var expectedVersion = command.ExpectedVersion;
        var input = command.Client;
        ArgumentNullException.ThrowIfNull(input);
        var client = await ClientLoading.LoadForEditAsync(db, clientId, expectedVersion, cancellationToken);
        client.UpdateBilling(input.Name, input.LegalName, input.BillingEmail, input.BillingAddress, input.CountryCode,
            input.Currency, input.VatRate, input.ReverseCharge, input.VatNumber, input.RequiresClientNda);
        var companies = input.RestrictedCompanies.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        if (!companies.SequenceEqual(client.RestrictedCompanies, StringComparer.Ordinal))
            client.SetRestrictedCompanies(companies);
        await ClientLoading.SaveAsync(db, "This client", cancellationToken);
        return client.Version;
    }
}
