using ExpertNetwork.Application.Documents;

namespace ExpertNetwork.Application.Experts.Import;

/// <summary>Import the upload that was previewed, found by its storage key and checked against the hash the preview showed.</summary>
public sealed record ConfirmExpertImportCommand(string StorageKey, string Sha256);

/// <summary>
/// Imports a previewed file: its bytes are read back from the file store and must hash to what the preview showed.
/// The rows are planned again against the registry as it is now, and every valid row is written in one transaction
/// (all of them or, if saving fails, none). The stored upload is deleted afterwards, so a second confirmation of the
/// same preview is refused instead of running twice.
/// </summary>
public sealed class ConfirmExpertImportHandler(IAppDbContext db, IFileStore files, IClock clock)
{
    /// <returns>What was imported; an upload that is gone (Conflict) or that is not the previewed file (Invalid) is refused.</returns>
    public async Task<ExpertImportReport> HandleAsync(ConfirmExpertImportCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var storageKey = command.StorageKey;
        var sha256 = command.Sha256;
        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        if (!storageKey.StartsWith(PreviewExpertImportHandler.StorageArea + "/", StringComparison.Ordinal))
            throw new ArgumentException("The key does not name an uploaded import.", nameof(storageKey));

        byte[] bytes;
        await using (var stored = await files.OpenReadAsync(storageKey, cancellationToken))
        {
            if (stored is null)
                throw Refusal.Conflict("This upload is no longer waiting to be imported: it was imported already, or it expired. Upload the file again to see a new preview.");
            using var buffer = new MemoryStream();
            await stored.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }
        if (!string.Equals(DocumentHash.Sha256Hex(bytes), sha256, StringComparison.OrdinalIgnoreCase))
            throw Refusal.Invalid("The stored upload is not the file that was previewed. Upload the file again to see a new preview.");

        try
        {
            var plan = await ExpertImportPlan.BuildAsync(CsvParser.Parse(bytes), db, clock.UtcNow, cancellationToken);
            await plan.ApplyAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await files.DeleteAsync(storageKey, cancellationToken);
            return plan.Report;
        }
        catch (CsvFormatException e)
        {
            throw Refusal.Invalid(e.Message, "File");
        }
    }
}
