namespace ExpertNetwork.Application.Clients;

public sealed record ArchiveClientCommand(Guid ClientId, int ExpectedVersion);

/// <summary>Archives a client: it keeps its history but takes no new projects or changes.</summary>
public sealed class ArchiveClientHandler(IAppDbContext db)
{
    public async Task HandleAsync(ArchiveClientCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var clientId = command.ClientId;
        var expectedVersion = command.ExpectedVersion;
        var client = await ClientLoading.LoadForEditAsync(db, clientId, expectedVersion, cancellationToken);
        client.Archive();
        await ClientLoading.SaveAsync(db, "This client", cancellationToken);
    }
}
