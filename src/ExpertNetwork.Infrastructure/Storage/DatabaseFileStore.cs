using System.Security.Cryptography;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Infrastructure.Storage;

/// <summary>
/// Keeps files in the <c>StoredFiles</c> table, so every node that shares the database sees the same files. It works
/// on the unit of work's own connection: a file saved while a transaction is open commits or rolls back with it (an
/// invoice whose issue fails leaves no PDF behind); outside a transaction it is saved at once, as on disk. The row is
/// written with one INSERT rather than through the change tracker, so saving a file never saves the caller's pending
/// changes. Content is read and written whole, up to <see cref="MaxBytes"/>.
/// </summary>
public sealed class DatabaseFileStore(ExpertNetworkDbContext db, IClock clock) : IFileStore
{
    /// <summary>The largest file kept. Uploads have lower limits of their own (evidence 10 MB, imports 5 MB).</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    public async Task<StoredFile> SaveAsync(string area, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = FileKeys.New(area, clock.UtcNow);
        var (bytes, sha256) = await ReadAsync(content, cancellationToken);
        await InsertAsync(key, bytes, sha256, cancellationToken);
        return new StoredFile(key, bytes.Length, sha256);
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Checked(key);
        var content = await db.Set<StoredFileRecord>().AsNoTracking()
            .Where(f => f.Key == key)
            .Select(f => f.Content)
            .SingleOrDefaultAsync(cancellationToken);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Checked(key);
        await db.Set<StoredFileRecord>().Where(f => f.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Whether a file is stored under the key (without reading it).</summary>
    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        FileKeys.Checked(key);
        return db.Set<StoredFileRecord>().AnyAsync(f => f.Key == key, cancellationToken);
    }

    /// <summary>Stores bytes under a key issued earlier (by this or the file-system store), as moving files in does.</summary>
    public Task InsertAsync(string key, byte[] content, string sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var area = FileKeys.AreaOf(key);
        long size = content.Length;
        var createdUtc = DateTime.SpecifyKind(clock.UtcNow, DateTimeKind.Utc);
        return db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "StoredFiles" ("Key", "Area", "SizeBytes", "Sha256", "Content", "CreatedUtc") VALUES ({key}, {area}, {size}, {sha256}, {content}, {createdUtc})""",
            cancellationToken);
    }

    /// <summary>Reads the content whole, hashing as it goes, and refuses it past <see cref="MaxBytes"/> before holding more.</summary>
    public static async Task<(byte[] Content, string Sha256)> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var buffer = content.CanSeek ? new MemoryStream(checked((int)Math.Min(content.Length - content.Position, MaxBytes + 1))) : new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                throw new InvalidOperationException(
                    $"The file is larger than {MaxBytes / (1024 * 1024)} MB, the most the database file store keeps. Store a smaller file.");
            hash.AppendData(chunk, 0, read);
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
