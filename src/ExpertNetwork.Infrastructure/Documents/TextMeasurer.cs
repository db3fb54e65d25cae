using System.Globalization;
using System.Text;
using SkiaSharp;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>A run of text drawn with one typeface.</summary>
internal readonly record struct FontSpan(string Text, SKTypeface Typeface, bool Slant);

/// <summary>
/// Measures and splits text for one render: widths from SKFont (cached per word), and the split of
/// a string into spans of the bundled face and of system fallback faces for uncovered characters.
/// Not thread-safe; one instance per render.
/// </summary>
internal sealed class TextMeasurer : IDisposable
{
    private const float ReferenceSize = 100f;
    private readonly Dictionary<(string Text, TextStyle Style), float> widths = [];
    private readonly Dictionary<(SKTypeface Typeface, bool Slant, float Size), SKFont> fonts = [];

    /// <summary>Width of the text at the given size, in points.</summary>
    public float Measure(string text, TextStyle style, float size)
    {
        if (text.Length == 0)
        {
            return 0f;
        }

        if (!widths.TryGetValue((text, style), out var width))
        {
            width = 0f;
            foreach (var span in Split(text, style))
            {
                width += Font(span.Typeface, span.Slant, ReferenceSize).MeasureText(span.Text);
            }

            widths[(text, style)] = width;
        }

        return width * size / ReferenceSize;
    }

    /// <summary>Splits the text into spans by the face that has its glyphs.</summary>
    public IReadOnlyList<FontSpan> Split(string text, TextStyle style)
    {
        var primary = PdfFonts.Face(style);
        var slant = style == TextStyle.BoldItalic;
        if (PdfFonts.Covers(style, text))
        {
            return [new FontSpan(text, primary, slant)];
        }

        var spans = new List<FontSpan>();
        var current = new StringBuilder();
        SKTypeface? currentFace = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = primary;
            if (!PdfFonts.Covers(style, rune.Value) && !Rune.IsWhiteSpace(rune))
            {
                face = PdfFonts.Fallback(rune.Value, style is TextStyle.Bold or TextStyle.BoldItalic, style is TextStyle.Italic or TextStyle.BoldItalic) ?? primary;
            }

            if (currentFace is not null && !ReferenceEquals(face, currentFace))
            {
                spans.Add(new FontSpan(current.ToString(), currentFace, slant && ReferenceEquals(currentFace, primary)));
                current.Clear();
            }

            currentFace = face;
            current.Append(rune.ToString());
        }

        if (currentFace is not null)
        {
            spans.Add(new FontSpan(current.ToString(), currentFace, slant && ReferenceEquals(currentFace, primary)));
        }

        return spans;
    }

    public SKFont Font(SKTypeface typeface, bool slant, float size)
    {
        if (!fonts.TryGetValue((typeface, slant, size), out var font))
        {
            font = new SKFont(typeface, size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                SkewX = slant ? -0.2f : 0f,
            };
            fonts[(typeface, slant, size)] = font;
        }

        return font;
    }

    /// <summary>Replaces control characters (tabs, carriage returns) that fonts cannot draw.</summary>
    public static string Clean(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c == '\n' ? '\n' : char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        fonts.Clear();
    }

    internal static string Format(string format, int page, int pages) =>
        string.Format(CultureInfo.InvariantCulture, format, page, pages);
}
