namespace ExpertNetwork.Application.Common;

/// <summary>
/// Where uploaded evidence and issued documents are kept: outside the web root, under generated names, never served
/// directly. A key is opaque to callers; they store it on the owning entity together with the SHA-256.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content under a new generated key in the given area (e.g. "evidence", "nda").</summary>
    Task<StoredFile> SaveAsync(string area, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file for reading, or returns null when there is no file under the key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes a stored file; a missing file is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>A stored file: its key, size and the lower-case hex SHA-256 of its bytes.</summary>
public sealed record StoredFile(string Key, long SizeBytes, string Sha256);
