using ExpertNetwork.Application.Common;

namespace ExpertNetwork.IntegrationTests.Invoicing;

/// <summary>A real file store that refuses to save while <see cref="Failing"/> is set, as a full disk would.</summary>
public sealed class FailingFileStore(IFileStore inner) : IFileStore
{
    public bool Failing { get; set; }

    public int Saved { get; private set; }

    public Task<StoredFile> SaveAsync(string area, Stream content, CancellationToken cancellationToken = default)
    {
        if (Failing)
            throw new IOException("No space left on device.");
        Saved++;
        return inner.SaveAsync(area, content, cancellationToken);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) => inner.OpenReadAsync(key, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);
}
