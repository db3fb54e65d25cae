namespace ExpertNetwork.Application.Documents;

/// <summary>Signed and accepted documents read back from the file store, checked against the SHA-256 recorded with them.</summary>
public static class StoredDocuments
{
    /// <returns>The bytes, or null when the file is gone.</returns>
    /// <exception cref="InvalidOperationException">The stored bytes no longer match the recorded hash: the evidence was altered.</exception>
    public static async Task<byte[]?> ReadVerifiedAsync(IFileStore files, string key, string? sha256, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var stream = await files.OpenReadAsync(key, cancellationToken);
        if (stream is null)
            return null;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        var bytes = copy.ToArray();
        if (!string.Equals(DocumentHash.Sha256Hex(bytes), sha256, StringComparison.Ordinal))
            throw new InvalidOperationException($"The stored {what} does not match its recorded SHA-256.");
        return bytes;
    }
}
