using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Infrastructure.Storage;

/// <summary>What copying a folder of stored files into the database did, and what it could not do, in sentences.</summary>
public sealed record FileCopyReport(string SourceDirectory, int Copied, int AlreadyStored, int NotStoreFiles, IReadOnlyList<string> Problems);

/// <summary>
/// Copies the files of the file-system store (a data folder's <c>files/</c>) into the database store under the same
/// keys, so every record's key and SHA-256 stay valid. A file the database records a hash for is copied only when its
/// bytes still match it. Each file is its own insert: a run that stops half-way keeps what it copied, and running
/// again skips every key already in the database. Files are never deleted from the folder.
/// </summary>
public sealed class FileStoreMigration(ExpertNetworkDbContext db, DatabaseFileStore store)
{
    public async Task<FileCopyReport> CopyFolderAsync(string sourceDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceDirectory);
        var root = Path.GetFullPath(sourceDirectory);
        var references = await ReferencesAsync(cancellationToken);
        var stored = (await db.Set<StoredFileRecord>().AsNoTracking().Select(f => f.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var copied = 0;
        var alreadyStored = 0;
        var notStoreFiles = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        var files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        foreach (var path in files)
        {
            var key = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!FileKeys.IsValid(key))
            {
                // A ".partial" left by an interrupted write, or anything else the store did not write.
                notStoreFiles++;
                continue;
            }
            seen.Add(key);
            if (stored.Contains(key))
            {
                alreadyStored++;
                continue;
            }
            references.TryGetValue(key, out var reference);
            var what = reference is null ? $"The file {key}" : $"The file {key} ({reference.What})";
            if (new FileInfo(path).Length > DatabaseFileStore.MaxBytes)
            {
                problems.Add($"{what} is larger than {DatabaseFileStore.MaxBytes / (1024 * 1024)} MB, the most the database file store keeps, so it was not copied. Keep the folder for it, or store a smaller copy.");
                continue;
            }
            byte[] content;
            string sha256;
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
                (content, sha256) = await DatabaseFileStore.ReadAsync(file, cancellationToken);
            if (reference?.Sha256 is { } recorded && !string.Equals(recorded, sha256, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{what} does not match the SHA-256 the database records for it, so it was not copied. Restore the original from a backup into {root} and run migrate-files again.");
                continue;
            }
            await store.InsertAsync(key, content, sha256, cancellationToken);
            copied++;
        }

        foreach (var (key, reference) in references.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!stored.Contains(key) && !seen.Contains(key))
                problems.Add($"The file {key} ({reference.What}) is neither in {root} nor in the database. Copy it from the node or backup that has it into {root} and run migrate-files again.");
        }
        return new FileCopyReport(root, copied, alreadyStored, notStoreFiles, problems);
    }

    /// <summary>Every file key the database's records point at, with the SHA-256 they keep for it.</summary>
    private async Task<Dictionary<string, Reference>> ReferencesAsync(CancellationToken cancellationToken)
    {
        var references = new Dictionary<string, Reference>(StringComparer.Ordinal);
        void Add(string? key, string? sha256, string what)
        {
            if (key is not null)
                references.TryAdd(key, new Reference(sha256, what));
        }

        foreach (var c in await db.Credentials.AsNoTracking().Where(c => c.EvidenceStorageKey != null)
                     .Select(c => new { c.Id, c.EvidenceStorageKey, c.EvidenceSha256 }).ToListAsync(cancellationToken))
            Add(c.EvidenceStorageKey, c.EvidenceSha256, $"evidence of credential {c.Id}");
        foreach (var a in await db.NdaAgreements.AsNoTracking().Where(a => a.SignedPdfKey != null)
                     .Select(a => new { a.Id, a.SignedPdfKey, a.SignedPdfSha256 }).ToListAsync(cancellationToken))
            Add(a.SignedPdfKey, a.SignedPdfSha256, $"signed NDA of agreement {a.Id}");
        foreach (var e in await db.Engagements.AsNoTracking().Where(e => e.ContractPdfKey != null)
                     .Select(e => new { e.Id, e.ContractPdfKey, e.ContractPdfSha256 }).ToListAsync(cancellationToken))
            Add(e.ContractPdfKey, e.ContractPdfSha256, $"accepted contract of engagement {e.Id}");
        foreach (var i in await db.Invoices.AsNoTracking().Where(i => i.PdfStorageKey != null)
                     .Select(i => new { i.Number, i.PdfStorageKey, i.PdfSha256 }).ToListAsync(cancellationToken))
            Add(i.PdfStorageKey, i.PdfSha256, $"PDF of {i.Number}");
        foreach (var s in await db.PayoutStatements.AsNoTracking().Where(s => s.PdfStorageKey != null)
                     .Select(s => new { s.Number, s.PdfStorageKey, s.PdfSha256 }).ToListAsync(cancellationToken))
            Add(s.PdfStorageKey, s.PdfSha256, $"PDF of {s.Number}");
        return references;
    }

    private sealed record Reference(string? Sha256, string What);
}
