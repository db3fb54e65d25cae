namespace ExpertNetwork.Application.Experts.Import;

/// <summary>A CSV upload to check and store for confirmation.</summary>
public sealed record PreviewExpertImportCommand(Stream Upload);

/// <summary>
/// Reads an uploaded expert CSV and says, row by row, what importing it would do, changing nothing. When there is
/// something to import, the file is kept in the file store so the confirmation imports exactly these bytes.
/// </summary>
public sealed class PreviewExpertImportHandler(IAppDbContext db, IFileStore files, IClock clock)
{
    public const string StorageArea = "imports";

    /// <returns>The preview; a file that cannot be read as an expert CSV is refused (Invalid) with why.</returns>
    public async Task<ExpertImportPreview> HandleAsync(PreviewExpertImportCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var upload = command.Upload;
        ArgumentNullException.ThrowIfNull(upload);
        try
        {
            var bytes = await ReadCappedAsync(upload, CsvParser.MaxBytes, cancellationToken);
            var table = CsvParser.Parse(bytes);
            var plan = await ExpertImportPlan.BuildAsync(table, db, clock.UtcNow, cancellationToken);
            var report = plan.Report;
            if (!report.HasChanges)
                return new ExpertImportPreview(report, null, null);
            using var content = new MemoryStream(bytes, writable: false);
            var stored = await files.SaveAsync(StorageArea, content, cancellationToken);
            return new ExpertImportPreview(report, stored.Key, stored.Sha256);
        }
        catch (CsvFormatException e)
        {
            throw Refusal.Invalid(e.Message, "File");
        }
    }

    /// <summary>Reads at most one byte more than the limit, so a huge upload is refused without being held in memory.</summary>
    internal static async Task<byte[]> ReadCappedAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
                throw new CsvFormatException(CsvParser.TooLarge(maxBytes));
        }
        return buffer.ToArray();
    }
}
