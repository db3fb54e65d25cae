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

        var ownsLogo = false;
        var logo = model.Logo is { } logoBytes ? LogoCache.Get(logoBytes, LogoMaxWidth, LogoHeight, out ownsLogo) : null;
        try
        {
            // Header and footer need the page count, so every page's operations are known before drawing;
            // that also tells which glyphs of each face the document uses.
            var pageOps = new List<List<DrawOp>>(pages.Count);
            for (var i = 0; i < pages.Count; i++)
            {
                var ops = new List<DrawOp>();
                AddHeader(model, engine, logo, ops);
                AddFooter(model, engine, measurer, i + 1, pages.Count, ops);
                ops.AddRange(pages[i]);
                pageOps.Add(ops);
            }

            using var faces = DocumentFaces.For(pageOps.SelectMany(o => o), measurer);
            return Write(model, logo, pageOps, measurer, faces);
        }
        finally
        {
            if (ownsLogo)
            {
                logo?.Dispose();
            }
        }
    }

    private static byte[] Write(PdfDocumentModel model, SKImage? logo, List<List<DrawOp>> pages, TextMeasurer measurer, DocumentFaces faces)
    {
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
            foreach (var ops in pages)
            {
                var canvas = document.BeginPage(model.PageSize.Width, model.PageSize.Height);
                if (logo is not null)
                {
                    DrawLogo(model, logo, canvas);
                }

                Draw(canvas, ops, measurer, faces, paint);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    private static void DrawLogo(PdfDocumentModel model, SKImage logo, SKCanvas canvas)
    {
        var scale = Math.Min(LogoHeight / logo.Height, LogoMaxWidth / logo.Width);
        var rect = SKRect.Create(model.Margins.Left, model.Margins.Top, logo.Width * scale, logo.Height * scale);
        canvas.DrawImage(logo, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
    }

    private static void AddHeader(PdfDocumentModel model, PdfLayoutEngine engine, SKImage? logo, List<DrawOp> ops)
    {
        var hasText = !string.IsNullOrWhiteSpace(model.HeaderText);
        if (logo is null && !hasText)
        {
            return;
        }

        var left = model.Margins.Left;
        var right = model.PageSize.Width - model.Margins.Right;
        var y = model.Margins.Top;
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

    private static void Draw(SKCanvas canvas, List<DrawOp> ops, TextMeasurer measurer, DocumentFaces faces, SKPaint paint)
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
                    canvas.DrawText(text.Text, text.X, text.Y, SKTextAlign.Left, measurer.Font(faces[text.Typeface], text.Slant, text.Size), paint);
                    break;
                default:
                    throw new NotSupportedException(op.GetType().Name);
            }
        }
    }
}
