using System.Text;
using SkiaSharp;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>
/// The faces one document is drawn with: each font the layout used, cut to the glyphs the document
/// draws (<see cref="TrueTypeSubsetter"/>), so the PDF embeds and compresses only those outlines.
/// Layout measures with the full faces; the cut faces have the same glyph ids and metrics.
/// </summary>
internal sealed class DocumentFaces : IDisposable
{
    private readonly Dictionary<SKTypeface, SKTypeface> cut = [];

    private DocumentFaces()
    {
    }

    public static DocumentFaces For(IEnumerable<DrawOp> ops, TextMeasurer measurer)
    {
        // Glyphs map one to one from characters (no shaping), so the distinct characters per face are enough.
        var characters = new Dictionary<SKTypeface, HashSet<Rune>>();
        foreach (var text in ops.OfType<TextOp>())
        {
            if (!characters.TryGetValue(text.Typeface, out var used))
            {
                used = [];
                characters[text.Typeface] = used;
            }

            foreach (var rune in text.Text.EnumerateRunes())
            {
                used.Add(rune);
            }
        }

        var faces = new DocumentFaces();
        foreach (var (typeface, used) in characters)
        {
            var data = PdfFonts.FontData(typeface);
            if (data is null)
            {
                continue;
            }

            var glyphs = measurer.Font(typeface, false, PdfLayoutEngine.BodySize).GetGlyphs(string.Concat(used.Select(r => r.ToString())));
            var subset = TrueTypeSubsetter.Subset(data, glyphs);
            if (subset is null)
            {
                continue;
            }

            using var skData = SKData.CreateCopy(subset);
            if (SKTypeface.FromData(skData) is { } face)
            {
                faces.cut[typeface] = face;
            }
        }

        return faces;
    }

    /// <summary>The face to draw with in place of a face the layout measured with.</summary>
    public SKTypeface this[SKTypeface typeface] => cut.TryGetValue(typeface, out var face) ? face : typeface;

    public void Dispose()
    {
        foreach (var face in cut.Values)
        {
            face.Dispose();
        }

        cut.Clear();
    }
}
