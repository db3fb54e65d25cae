using System.Collections.Concurrent;
using System.Security.Cryptography;
using SkiaSharp;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>
/// Decoded header logos, shared by all renders in the process. A logo is decoded once, scaled down to
/// at most three pixels per point of the box it is drawn in (an uploaded 2000-pixel logo would
/// otherwise be re-compressed into every PDF at full size) and kept as a raster image, which Skia can
/// draw from several threads at once.
/// </summary>
internal static class LogoCache
{
    private const int MaxEntries = 32;
    private const float PixelsPerPoint = 3f;
    private static readonly ConcurrentDictionary<string, SKImage?> Images = new(StringComparer.Ordinal);

    /// <summary>The logo to draw, or null if the bytes are not an image. <paramref name="owned"/> tells the caller to dispose it.</summary>
    public static SKImage? Get(ReadOnlyMemory<byte> bytes, float maxWidth, float maxHeight, out bool owned)
    {
        owned = false;
        if (bytes.IsEmpty)
        {
            return null;
        }

        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{maxWidth}x{maxHeight}:{Convert.ToHexString(SHA256.HashData(bytes.Span))}");
        if (Images.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var image = Decode(bytes.Span, maxWidth * PixelsPerPoint, maxHeight * PixelsPerPoint);
        if (Images.Count >= MaxEntries)
        {
            owned = image is not null;
            return image;
        }

        if (Images.TryAdd(key, image))
        {
            return image;
        }

        // Another render decoded the same logo first; use its copy.
        image?.Dispose();
        return Images[key];
    }

    private static SKImage? Decode(ReadOnlySpan<byte> bytes, float maxWidth, float maxHeight)
    {
        using var data = SKData.CreateCopy(bytes);
        using var encoded = SKImage.FromEncodedData(data);
        if (encoded is null)
        {
            return null;
        }

        var scale = Math.Min(1f, Math.Min(maxWidth / encoded.Width, maxHeight / encoded.Height));
        var width = Math.Max(1, (int)Math.Round(encoded.Width * scale));
        var height = Math.Max(1, (int)Math.Round(encoded.Height * scale));
        if (width == encoded.Width && height == encoded.Height)
        {
            return encoded.ToRasterImage(ensurePixelData: true);
        }

        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var pixels = bitmap.PeekPixels())
        {
            encoded.ScalePixels(pixels, new SKSamplingOptions(SKCubicResampler.Mitchell));
        }

        bitmap.SetImmutable();
        return SKImage.FromBitmap(bitmap);
    }
}
