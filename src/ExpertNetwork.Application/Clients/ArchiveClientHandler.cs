using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Clients;

/// <summary>Archives a client: it keeps its history but takes no new projects or changes.</summary>
public sealed class ArchiveClientHandler(IAppDbContext db)
{
    public async Task HandleAsync(Guid clientId, int expectedVersion, CancellationToken cancellationToken)
    {
        var client = await ClientLoading.LoadForEditAsync(db, clientId, expectedVersion, cancellationToken);
        client.Archive();
        await ClientLoading.SaveAsync(db, "This client", cancellationToken);
    }
}
