using System.Collections.Concurrent;
using SkiaSharp;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>The styles the layout uses; bold italic is drawn with the bold face slanted.</summary>
internal enum TextStyle
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

/// <summary>
/// The bundled Noto Sans subset faces (embedded resources, see Fonts/subset-fonts.sh) and the
/// system-font fallback for characters outside the subset.
/// </summary>
public static class PdfFonts
{
    private static readonly Lazy<(SKTypeface Typeface, byte[] Data)[]> Bundled = new(LoadFaces, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SKTypeface[]> Faces = new(() => Bundled.Value.Select(f => f.Typeface).ToArray(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SKFont[]> ProbeFonts = new(() => Faces.Value.Select(f => new SKFont(f, 10f)).ToArray(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<(int CodePoint, bool Bold, bool Italic), SKTypeface?> Fallbacks = new();
    private static readonly ConcurrentDictionary<SKTypeface, byte[]?> FallbackData = new();
    private static readonly Lock ProbeLock = new();

    /// <summary>True if the bundled regular face has a glyph for the character.</summary>
    public static bool HasBundledGlyph(int codePoint)
    {
        lock (ProbeLock)
        {
            return ProbeFonts.Value[0].ContainsGlyph(codePoint);
        }
    }

    /// <summary>The family name of the system font used for a character outside the bundled subset, or null if none has it.</summary>
    public static string? FallbackFamilyFor(int codePoint) => Fallback(codePoint, bold: false, italic: false)?.FamilyName;

    internal static SKTypeface Face(TextStyle style) => style switch
    {
        TextStyle.Bold or TextStyle.BoldItalic => Faces.Value[1],
        TextStyle.Italic => Faces.Value[2],
        _ => Faces.Value[0],
    };

    internal static bool Covers(TextStyle style, string text)
    {
        lock (ProbeLock)
        {
            return ProbeFonts.Value[FaceIndex(style)].ContainsGlyphs(text);
        }
    }

    internal static bool Covers(TextStyle style, int codePoint)
    {
        lock (ProbeLock)
        {
            return ProbeFonts.Value[FaceIndex(style)].ContainsGlyph(codePoint);
        }
    }

    internal static SKTypeface? Fallback(int codePoint, bool bold, bool italic) =>
        Fallbacks.GetOrAdd((codePoint, bold, italic), static key => SKFontManager.Default.MatchCharacter(
            null,
            key.Bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal,
            SKFontStyleWidth.Normal,
            key.Italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright,
            null,
            key.CodePoint));

    /// <summary>
    /// The font file of a face, to cut to the glyphs a document uses: the bundled bytes, or a system
    /// fallback's file read once; null for a face inside a font collection (embedded whole).
    /// </summary>
    internal static byte[]? FontData(SKTypeface typeface)
    {
        foreach (var (face, data) in Bundled.Value)
        {
            if (ReferenceEquals(face, typeface))
            {
                return data;
            }
        }

        return FallbackData.GetOrAdd(typeface, static face =>
        {
            using var stream = face.OpenStream(out var collectionIndex);
            if (stream is null || collectionIndex != 0 || !stream.HasLength)
            {
                return null;
            }

            var bytes = new byte[stream.Length];
            return stream.Read(bytes, bytes.Length) == bytes.Length ? bytes : null;
        });
    }

    private static int FaceIndex(TextStyle style) => style switch
    {
        TextStyle.Bold or TextStyle.BoldItalic => 1,
        TextStyle.Italic => 2,
        _ => 0,
    };

    private static (SKTypeface Typeface, byte[] Data)[] LoadFaces() =>
    [
        Load("NotoSans-Regular.subset.ttf"),
        Load("NotoSans-Bold.subset.ttf"),
        Load("NotoSans-Italic.subset.ttf"),
    ];

    private static (SKTypeface Typeface, byte[] Data) Load(string fileName)
    {
        var assembly = typeof(PdfFonts).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded font '{fileName}' is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font '{name}' could not be opened.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font '{name}' could not be loaded.");
        return (typeface, bytes);
    }
}
