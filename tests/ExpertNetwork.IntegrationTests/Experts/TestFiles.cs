using System.Text;

namespace ExpertNetwork.IntegrationTests.Experts;

/// <summary>Files as they arrive from a browser: real magic bytes for the accepted types, and things that must be refused.</summary>
internal static class TestFiles
{
    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01];

    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01];

    /// <summary>The start of a Windows executable ("MZ" header), whatever name it is given.</summary>
    public static byte[] Executable => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    /// <summary>A PDF one byte over the 10 MB limit.</summary>
    public static byte[] PdfOverTenMegabytes()
    {
        var bytes = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>A PDF of exactly 10 MB, the largest accepted.</summary>
    public static byte[] PdfOfTenMegabytes()
    {
        var bytes = new byte[10 * 1024 * 1024];
        Pdf.CopyTo(bytes, 0);
        return bytes;
    }
}
