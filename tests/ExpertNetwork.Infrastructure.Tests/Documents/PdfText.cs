using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ExpertNetwork.Infrastructure.Tests.Documents;

/// <summary>Reads rendered PDFs back with PdfPig.</summary>
internal static class PdfText
{
    /// <summary>Each page's words joined by single spaces.</summary>
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(Words).ToList();
    }

    public static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    public static string All(byte[] pdf) => string.Join("\n", Pages(pdf));
}
