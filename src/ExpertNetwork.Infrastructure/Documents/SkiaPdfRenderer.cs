using ExpertNetwork.Application.Documents;
using SkiaSharp;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>
/// Renders a <see cref="PdfDocumentModel"/> with SkiaSharp's PDF backend and the layout layer in
/// <see cref="PdfLayoutEngine"/>. Two passes: lay out all pages, then draw them with the header and
/// a footer that knows the page count. Stateless and thread-safe.
/// </summary>
public sealed class SkiaPdfRenderer : IPdfRenderer
{
    private const float LogoHeight = 28f;
    private const float LogoMaxWidth = 160f;
    private const float ChromeSize = 8.5f;

    public byte[] Render(PdfDocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var measurer = new TextMeasurer();
        var engine = new PdfLayoutEngine(model, measurer);
        var pages = engine.Layout(model.Blocks);

        using var logo = model.Logo is { } logoBytes ? DecodeLogo(logoBytes) : null;
        var creation = model.CreationDate.UtcDateTime;
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = model.Title;
        metadata.Author = model.Author ?? string.Empty;
        metadata.Creator = "ExpertNetwork";
        metadata.Producer = "ExpertNetwork";
        metadata.Creation = creation;
        metadata.Modified = creation;

        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            using var paint = new SKPaint { IsAntialias = true };
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(model.PageSize.Width, model.PageSize.Height);
                var chrome = new List<DrawOp>();
                AddHeader(model, engine, logo, canvas, chrome);
                AddFooter(model, engine, measurer, i + 1, pages.Count, chrome);
                Draw(canvas, chrome, measurer, paint);
                Draw(canvas, pages[i], measurer, paint);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    private static SKImage? DecodeLogo(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return null;
        }

        using var data = SKData.CreateCopy(bytes.Span);
        return SKImage.FromEncodedData(data);
    }

    private static void AddHeader(PdfDocumentModel model, PdfLayoutEngine engine, SKImage? logo, SKCanvas canvas, List<DrawOp> ops)
    {
        var hasText = !string.IsNullOrWhiteSpace(model.HeaderText);
        if (logo is null && !hasText)
        {
            return;
        }

        var left = model.Margins.Left;
        var right = model.PageSize.Width - model.Margins.Right;
        var y = model.Margins.Top;
        if (logo is not null)
        {
            var scale = Math.Min(LogoHeight / logo.Height, LogoMaxWidth / logo.Width);
            var rect = SKRect.Create(left, y, logo.Width * scale, logo.Height * scale);
            canvas.DrawImage(logo, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        }

        if (hasText)
        {
            // Right-aligned next to a logo, left-aligned without one; one line, the first of the text.
            var text = TextMeasurer.Clean(model.HeaderText!).Split('\n')[0];
            var lines = engine.Wrap([new TextRun(text)], right - left - (logo is null ? 0f : LogoMaxWidth + 10f), ChromeSize, TextStyle.Regular);
            var line = lines.Count > 0 ? lines[0] : null;
            if (line is not null)
            {
                var x = logo is null ? left : right - line.Width;
                foreach (var piece in line.Pieces)
                {
                    engine.AddText(ops, x + piece.X, y + (LogoHeight / 2f) + (ChromeSize * 0.35f), piece.Text, piece.Style, ChromeSize, PdfLayoutEngine.MutedColor);
                }
            }
        }

        var ruleY = y + LogoHeight + 4f;
        ops.Add(new LineOp(left, ruleY, right, ruleY, 0.6f, PdfLayoutEngine.RuleColor));
    }

    private static void AddFooter(PdfDocumentModel model, PdfLayoutEngine engine, TextMeasurer measurer, int page, int pages, List<DrawOp> ops)
    {
        var hasText = !string.IsNullOrWhiteSpace(model.FooterText);
        if (!hasText && model.PageNumberFormat is null)
        {
            return;
        }

        var left = model.Margins.Left;
        var right = model.PageSize.Width - model.Margins.Right;
        var ruleY = model.PageSize.Height - model.Margins.Bottom - PdfLayoutEngine.FooterBand + 8f;
        var baseline = model.PageSize.Height - model.Margins.Bottom - 4f;
        ops.Add(new LineOp(left, ruleY, right, ruleY, 0.6f, PdfLayoutEngine.RuleColor));

        var numberWidth = 0f;
        if (model.PageNumberFormat is not null)
        {
            var number = TextMeasurer.Format(model.PageNumberFormat, page, pages);
            numberWidth = measurer.Measure(number, TextStyle.Regular, ChromeSize);
            engine.AddText(ops, right - numberWidth, baseline, number, TextStyle.Regular, ChromeSize, PdfLayoutEngine.MutedColor);
        }

        if (hasText)
        {
            var text = TextMeasurer.Clean(model.FooterText!).Split('\n')[0];
            var lines = engine.Wrap([new TextRun(text)], right - left - numberWidth - 16f, ChromeSize, TextStyle.Regular);
            if (lines.Count > 0)
            {
                foreach (var piece in lines[0].Pieces)
                {
                    engine.AddText(ops, left + piece.X, baseline, piece.Text, piece.Style, ChromeSize, PdfLayoutEngine.MutedColor);
                }
            }
        }
    }

    private static void Draw(SKCanvas canvas, List<DrawOp> ops, TextMeasurer measurer, SKPaint paint)
    {
        foreach (var op in ops)
        {
            switch (op)
            {
                case FillOp fill:
                    paint.Style = SKPaintStyle.Fill;
                    paint.Color = fill.Color;
                    canvas.DrawRect(fill.X, fill.Y, fill.Width, fill.Height, paint);
                    break;
                case LineOp line:
                    paint.Style = SKPaintStyle.Stroke;
                    paint.StrokeWidth = line.Width;
                    paint.Color = line.Color;
                    canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, paint);
                    break;
                case TextOp text:
                    paint.Style = SKPaintStyle.Fill;
                    paint.Color = text.Color;
                    canvas.DrawText(text.Text, text.X, text.Y, SKTextAlign.Left, measurer.Font(text.Typeface, text.Slant, text.Size), paint);
                    break;
                default:
                    throw new NotSupportedException(op.GetType().Name);
            }
        }
    }
}
