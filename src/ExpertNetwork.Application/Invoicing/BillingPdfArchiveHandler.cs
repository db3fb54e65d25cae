using System.IO.Compression;
using System.Text;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>The stored PDFs of the invoices and credit notes a list filter matches, as a ZIP written to <paramref name="Output"/>.</summary>
public sealed record InvoicePdfArchiveQuery(InvoiceFilter Filter, Stream Output);

/// <summary>The stored PDFs of the payout statements and credit notes a list filter matches, as a ZIP written to <paramref name="Output"/>.</summary>
public sealed record PayoutPdfArchiveQuery(PayoutFilter Filter, Stream Output);

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
    public Task<int> HandleAsync(InvoicePdfArchiveQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return WriteAsync(invoices.Matching(query.Filter), query.Output, cancellationToken);
    }

    /// <returns>The number of PDFs written.</returns>
    public Task<int> HandleAsync(PayoutPdfArchiveQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return WriteAsync(statements.Matching(query.Filter), query.Output, cancellationToken);
    }

    private async Task<int> WriteAsync<TDocument>(IQueryable<TDocument> matching, Stream output, CancellationToken cancellationToken) where TDocument : BillingDocument
    {
        ArgumentNullException.ThrowIfNull(output);
        var list = await matching.Where(d => d.PdfStorageKey != null)
            .OrderBy(d => d.SeriesKey).ThenBy(d => d.SequenceNumber)
            .Select(d => new StoredPdf(d.Number, d.PdfStorageKey, d.PdfSha256)).ToListAsync(cancellationToken);
        var problems = new List<string>();
        var written = 0;
        // The archive writes some headers synchronously; they go to a buffer that is handed on asynchronously after
        // each PDF, so a web response (which refuses synchronous writes) gets the ZIP one PDF at a time.
        await using var forward = new ForwardingStream(output);
        await using (var zip = await ZipArchive.CreateAsync(forward, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
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
                await forward.FlushAsync(cancellationToken);
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
        await forward.FlushAsync(cancellationToken);
        return written;
    }

    /// <summary>A write-only, forward-only stream that keeps what is written until <see cref="FlushAsync"/> passes it on.</summary>
    private sealed class ForwardingStream(Stream inner) : Stream
    {
        private readonly MemoryStream _pending = new();
        private long _position;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _pending.Write(buffer);
            _position += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        // Synchronous flushes (the archive makes some) keep the bytes for the next asynchronous one.
        public override void Flush()
        {
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_pending.Length > 0)
            {
                await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
                _pending.SetLength(0);
            }
            await inner.FlushAsync(cancellationToken);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            await FlushAsync(CancellationToken.None);
            await _pending.DisposeAsync();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                _pending.Dispose();
            base.Dispose(disposing);
        }
    }
}
