using System.IO.Compression;
using System.Text;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// A ZIP of the stored PDFs of the issued documents (originals and credit notes; drafts have none yet) that a filter
/// matches, named by number, written straight to the output one PDF at a time. Each PDF is read back against the
/// SHA-256 recorded when it was issued; one that is missing or altered is left out and named in PROBLEMS.txt inside
/// the archive, so the download never silently differs from what was issued.
/// </summary>
public sealed class BillingPdfArchiveHandler(ListInvoicesHandler invoices, ListPayoutStatementsHandler statements, IFileStore files)
{
    public const string ProblemsEntry = "PROBLEMS.txt";

    private sealed record StoredPdf(string? Number, string? Key, string? Sha256);

    /// <returns>The number of PDFs written.</returns>
    public Task<int> WriteInvoicesAsync(InvoiceFilter filter, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pdfs = invoices.Matching(filter).Where(i => i.PdfStorageKey != null)
            .OrderBy(i => i.SeriesKey).ThenBy(i => i.SequenceNumber)
            .Select(i => new StoredPdf(i.Number, i.PdfStorageKey, i.PdfSha256));
        return WriteAsync(pdfs, output, cancellationToken);
    }

    public Task<int> WritePayoutStatementsAsync(PayoutFilter filter, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pdfs = statements.Matching(filter).Where(s => s.PdfStorageKey != null)
            .OrderBy(s => s.SeriesKey).ThenBy(s => s.SequenceNumber)
            .Select(s => new StoredPdf(s.Number, s.PdfStorageKey, s.PdfSha256));
        return WriteAsync(pdfs, output, cancellationToken);
    }

    private async Task<int> WriteAsync(IQueryable<StoredPdf> pdfs, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var list = await pdfs.ToListAsync(cancellationToken);
        var problems = new List<string>();
        var written = 0;
        await using (var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            foreach (var pdf in list)
            {
                byte[]? bytes;
                try
                {
                    bytes = await StoredDocuments.ReadVerifiedAsync(files, pdf.Key!, pdf.Sha256, $"PDF of {pdf.Number}", cancellationToken);
                }
                catch (InvalidOperationException ex)
                {
                    problems.Add($"{pdf.Number}: {ex.Message}");
                    continue;
                }
                if (bytes is null)
                {
                    problems.Add($"{pdf.Number}: the stored PDF is missing from the file store.");
                    continue;
                }
                // PDFs are compressed already; storing them keeps the archive quick to write.
                var entry = zip.CreateEntry($"{pdf.Number}.pdf", CompressionLevel.NoCompression);
                await using (var stream = await entry.OpenAsync(cancellationToken))
                    await stream.WriteAsync(bytes, cancellationToken);
                written++;
            }
            if (problems.Count > 0)
            {
                var entry = zip.CreateEntry(ProblemsEntry, CompressionLevel.Optimal);
                await using var stream = await entry.OpenAsync(cancellationToken);
                var text = "These documents' PDFs are not in this archive:\r\n" + string.Join("\r\n", problems) + "\r\n";
                await stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
            }
        }
        return written;
    }
}
