using System.Security.Cryptography;
using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Infrastructure.Storage;

/// <summary>
/// Keeps files in <c>&lt;data folder&gt;/files/&lt;area&gt;/&lt;yyyy-MM&gt;/&lt;random&gt;.bin</c>. Content is written to a
/// temporary file first and moved into place, so a reader never sees a half-written file. Keys are validated before
/// use, so a key from the database can never point outside the store.
/// </summary>
public sealed class LocalFileStore(string rootDirectory, IClock clock) : IFileStore
{
    public string RootDirectory { get; } = Path.GetFullPath(rootDirectory);

    public async Task<StoredFile> SaveAsync(string area, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = FileKeys.New(area, clock.UtcNow);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".partial";
        long size;
        string sha256;
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                size = 0;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }
                await file.FlushAsync(cancellationToken);
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            File.Move(temporary, path);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        return new StoredFile(key, size, sha256);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (File.Exists(path))
            File.Delete(path);
        return Task.CompletedTask;
    }

    private string PathOf(string key) => Path.Combine(RootDirectory, FileKeys.Checked(key).Replace('/', Path.DirectorySeparatorChar));
}
