using System.Text;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

/// <summary>
/// Checks and stores credential evidence. The type is decided by the file's first bytes (PDF, PNG or JPEG), never by
/// its name or the browser's content type, so an executable renamed to .pdf is refused. The file is kept by
/// <see cref="IFileStore"/> under a generated name; only a cleaned-up original name is kept for the download.
/// </summary>
public static class EvidenceFiles
{
    public const string StorageArea = "evidence";
    public const long MaxBytes = Credential.MaxEvidenceBytes;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    /// <summary>The content type the bytes show, or null when they are not a PDF, PNG or JPEG.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfMagic) ? "application/pdf"
        : head.StartsWith(PngMagic) ? "image/png"
        : head.StartsWith(JpegMagic) ? "image/jpeg"
        : null;

    public static string ExtensionFor(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        _ => ".jpg",
    };

    /// <summary>
    /// A file name safe to show and to send back in Content-Disposition: no path, no control or reserved characters,
    /// and the extension of what the content really is.
    /// </summary>
    public static string CleanFileName(string? fileName, string contentType)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var stem = Path.GetFileNameWithoutExtension(name);
        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem.Normalize(NormalizationForm.FormC))
            builder.Append(char.IsControl(c) || "<>:\"/\\|?*;".Contains(c, StringComparison.Ordinal) ? '_' : c);
        var cleaned = builder.ToString().Trim(' ', '.', '_');
        if (cleaned.Length == 0)
            cleaned = "evidence";
        var extension = ExtensionFor(contentType);
        var maxStem = TextLimits.Name - extension.Length;
        return (cleaned.Length > maxStem ? cleaned[..maxStem] : cleaned) + extension;
    }

    /// <summary>Reads, checks and stores the upload; throws a <see cref="Refusal"/> with a clear message when it is refused.</summary>
    public static async Task<(StoredFile File, string ContentType, string FileName)> StoreAsync(
        IFileStore files, EvidenceUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.Content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                throw Refusal.Invalid("The evidence file is larger than 10 MB. Upload a smaller scan or a compressed PDF.");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            throw Refusal.Invalid("The evidence file is empty. Choose the scan or PDF of the credential again.");
        var contentType = Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16)))
            ?? throw Refusal.Invalid("The evidence file must be a PDF, PNG or JPEG. This file's content is none of those, whatever its name says.");
        buffer.Position = 0;
        var stored = await files.SaveAsync(StorageArea, buffer, cancellationToken);
        return (stored, contentType, CleanFileName(upload.FileName, contentType));
    }
}
