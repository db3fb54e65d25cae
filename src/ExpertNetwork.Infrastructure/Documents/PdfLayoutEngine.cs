using System.Globalization;
using System.Text;
using ExpertNetwork.Application.Documents;
using SkiaSharp;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>
/// Turns the blocks of a <see cref="PdfDocumentModel"/> into pages of positioned draw operations:
/// word wrapping from measured widths, lists, tables with repeated header rows, keep-together
/// groups and page breaks. The page header and footer are drawn later, once the page count is known.
/// </summary>
internal sealed class PdfLayoutEngine
{
    internal const float BodySize = 10f;
    internal const float TableSize = 9.5f;
    internal const float LineFactor = 1.4f;
    internal const float HeaderBand = 40f;
    internal const float FooterBand = 26f;
    private const float BaselineFactor = 1.09f;
    private const float CellPadding = 4f;
    private const float ListIndent = 16f;
    private const float ParagraphSpacing = 6f;

    internal static readonly SKColor TextColor = new(0x1F, 0x23, 0x28);
    internal static readonly SKColor MutedColor = new(0x5F, 0x6B, 0x7A);
    internal static readonly SKColor RuleColor = new(0xB0, 0xB7, 0xC3);
    private static readonly SKColor HeaderFill = new(0xEC, 0xEF, 0xF4);

    private readonly TextMeasurer measurer;
    private readonly float left;
    private readonly float width;
    private readonly float top;
    private readonly float bottom;

    public PdfLayoutEngine(PdfDocumentModel model, TextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.measurer = measurer;
        var hasHeader = model.Logo is not null || !string.IsNullOrWhiteSpace(model.HeaderText);
        var hasFooter = model.PageNumberFormat is not null || !string.IsNullOrWhiteSpace(model.FooterText);
        left = model.Margins.Left;
        width = model.PageSize.Width - model.Margins.Left - model.Margins.Right;
        top = model.Margins.Top + (hasHeader ? HeaderBand : 0f);
        bottom = model.PageSize.Height - model.Margins.Bottom - (hasFooter ? FooterBand : 0f);
        if (width < 50f || bottom - top < 50f)
        {
            throw new ArgumentException("The page is too small for its margins.", nameof(model));
        }
    }

    /// <summary>Lays out the blocks; each page is a list of operations in page coordinates.</summary>
    public List<List<DrawOp>> Layout(IReadOnlyList<DocumentBlock> blocks)
    {
        var fragments = new List<Fragment>();
        foreach (var block in blocks)
        {
            AddBlock(block, fragments);
        }

        return Paginate(fragments);
    }

    private List<List<DrawOp>> Paginate(List<Fragment> fragments)
    {
        var pages = new List<List<DrawOp>> { new() };
        var y = top;
        var pageHasContent = false;

        void Place(Fragment fragment)
        {
            foreach (var op in fragment.Ops)
            {
                pages[^1].Add(op.Shift(y));
            }

            y += fragment.Height;
            pageHasContent = true;
        }

        void NewPage()
        {
            pages.Add([]);
            y = top;
            pageHasContent = false;
        }

        for (var i = 0; i < fragments.Count; i++)
        {
            var fragment = fragments[i];
            if (fragment.PageBreak)
            {
                if (pageHasContent)
                {
                    NewPage();
                }

                continue;
            }

            if (fragment.Discardable && !pageHasContent)
            {
                continue;
            }

            var needed = fragment.Height;
            if (fragment.KeepWithNext && i + 1 < fragments.Count && !fragments[i + 1].PageBreak)
            {
                needed += fragments[i + 1].Height;
            }

            if (y + needed > bottom + 0.01f && pageHasContent)
            {
                NewPage();
                if (fragment.Discardable)
                {
                    continue;
                }

                if (fragment.RepeatHeader is not null)
                {
                    Place(fragment.RepeatHeader);
                }
            }

            Place(fragment);
        }

        return pages;
    }

    private void AddBlock(DocumentBlock block, List<Fragment> output)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddHeading(heading, output);
                break;
            case ParagraphBlock paragraph:
                AddLines(paragraph.Runs, left, width, BodySize, TextStyle.Regular, ColumnAlignment.Left, output, null);
                output.Add(Fragment.Space(ParagraphSpacing));
                break;
            case BulletListBlock bullets:
                AddList(bullets.Items, _ => "\u2022", output);
                break;
            case NumberedListBlock numbered:
                AddList(numbered.Items, i => (numbered.Start + i).ToString(CultureInfo.InvariantCulture) + ".", output);
                break;
            case TableBlock table:
                AddTable(table, output);
                break;
            case KeepTogetherBlock group:
                AddKeepTogether(group, output);
                break;
            case SpacerBlock spacer:
                output.Add(Fragment.Space(Math.Max(0f, spacer.Height)));
                break;
            case PageBreakBlock:
                output.Add(new Fragment { PageBreak = true });
                break;
            default:
                throw new NotSupportedException($"Block type {block.GetType().Name} is not supported.");
        }
    }

    private void AddHeading(HeadingBlock heading, List<Fragment> output)
    {
        var size = heading.Level switch
        {
            <= 1 => 18f,
            2 => 14f,
            3 => 12f,
            _ => 10.5f,
        };
        output.Add(Fragment.Space(size * 0.6f));
        var lines = new List<Fragment>();
        AddLines([new TextRun(heading.Text, Bold: true)], left, width, size, TextStyle.Bold, ColumnAlignment.Left, lines, null);
        foreach (var line in lines)
        {
            line.KeepWithNext = true;
        }

        if (lines.Count > 0)
        {
            lines[^1].Height += size * 0.3f;
        }

        output.AddRange(lines);
    }

    private void AddList(IReadOnlyList<IReadOnlyList<TextRun>> items, Func<int, string> label, List<Fragment> output)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var lines = new List<Fragment>();
            AddLines(items[i], left + ListIndent, width - ListIndent, BodySize, TextStyle.Regular, ColumnAlignment.Left, lines, null);
            if (lines.Count == 0)
            {
                continue;
            }

            var text = label(i);
            var labelWidth = measurer.Measure(text, TextStyle.Regular, BodySize);
            lines[0].Ops.Add(new TextOp(left + ListIndent - 5f - labelWidth, Baseline(BodySize), text, PdfFonts.Face(TextStyle.Regular), false, BodySize, TextColor));
            output.AddRange(lines);
            output.Add(Fragment.Space(2f));
        }

        output.Add(Fragment.Space(ParagraphSpacing - 2f));
    }

    private void AddTable(TableBlock table, List<Fragment> output)
    {
        var columns = table.Columns;
        if (columns.Count == 0)
        {
            return;
        }

        var total = columns.Sum(c => Math.Max(0.01f, c.Weight));
        var xs = new float[columns.Count + 1];
        xs[0] = left;
        for (var c = 0; c < columns.Count; c++)
        {
            xs[c + 1] = xs[c] + (width * Math.Max(0.01f, columns[c].Weight) / total);
        }

        var header = Row(columns.Select(c => (IReadOnlyList<TextRun>)[new TextRun(c.Header, Bold: true)]).ToList(), columns, xs, isHeader: true);
        header.KeepWithNext = true;
        output.Add(header);
        foreach (var row in table.Rows)
        {
            var fragment = Row(row, columns, xs, isHeader: false, repeatHeader: header);
            output.Add(fragment);
        }

        output.Add(Fragment.Space(ParagraphSpacing + 2f));
    }

    private Fragment Row(IReadOnlyList<IReadOnlyList<TextRun>> cells, IReadOnlyList<TableColumn> columns, float[] xs, bool isHeader, Fragment? repeatHeader = null)
    {
        var lineHeight = TableSize * LineFactor;
        var cellLines = new List<List<Fragment>>();
        for (var c = 0; c < columns.Count; c++)
        {
            var lines = new List<Fragment>();
            var runs = c < cells.Count ? cells[c] : [];
            var alignment = columns[c].Alignment;
            AddLines(runs, xs[c] + CellPadding, xs[c + 1] - xs[c] - (2 * CellPadding), TableSize, isHeader ? TextStyle.Bold : TextStyle.Regular, alignment, lines, null);
            cellLines.Add(lines);
        }

        var height = (Math.Max(1, cellLines.Max(l => l.Count)) * lineHeight) + (2 * CellPadding);
        var row = new Fragment { Height = height, RepeatHeader = repeatHeader };
        if (isHeader)
        {
            row.Ops.Add(new FillOp(xs[0], 0f, xs[^1] - xs[0], height, HeaderFill));
        }

        foreach (var lines in cellLines)
        {
            var y = CellPadding;
            foreach (var line in lines)
            {
                foreach (var op in line.Ops)
                {
                    row.Ops.Add(op.Shift(y));
                }

                y += line.Height;
            }
        }

        row.Ops.Add(new LineOp(xs[0], 0f, xs[^1], 0f, 0.6f, RuleColor));
        row.Ops.Add(new LineOp(xs[0], height, xs[^1], height, 0.6f, RuleColor));
        foreach (var x in xs)
        {
            row.Ops.Add(new LineOp(x, 0f, x, height, 0.6f, RuleColor));
        }

        return row;
    }

    private void AddKeepTogether(KeepTogetherBlock group, List<Fragment> output)
    {
        var inner = new List<Fragment>();
        foreach (var block in group.Blocks)
        {
            AddBlock(block, inner);
        }

        // Trailing space is not part of the group; leading space is kept so the group is separated from what precedes it.
        var trailing = new List<Fragment>();
        while (inner.Count > 0 && inner[^1].Discardable)
        {
            trailing.Insert(0, inner[^1]);
            inner.RemoveAt(inner.Count - 1);
        }

        var height = inner.Sum(f => f.Height);
        if (inner.Any(f => f.PageBreak) || height > bottom - top)
        {
            output.AddRange(inner);
            output.AddRange(trailing);
            return;
        }

        var merged = new Fragment { Height = height };
        var y = 0f;
        foreach (var fragment in inner)
        {
            foreach (var op in fragment.Ops)
            {
                merged.Ops.Add(op.Shift(y));
            }

            y += fragment.Height;
        }

        output.Add(merged);
        output.AddRange(trailing);
    }

    /// <summary>Wraps runs into lines of the given width; each line becomes a fragment.</summary>
    private void AddLines(IReadOnlyList<TextRun> runs, float x, float maxWidth, float size, TextStyle baseStyle, ColumnAlignment alignment, List<Fragment> output, SKColor? color)
    {
        var lineHeight = size * LineFactor;
        foreach (var line in Wrap(runs, maxWidth, size, baseStyle))
        {
            var fragment = new Fragment { Height = lineHeight };
            var offset = alignment == ColumnAlignment.Right ? maxWidth - line.Width : 0f;
            foreach (var piece in line.Pieces)
            {
                AddText(fragment.Ops, x + offset + piece.X, Baseline(size), piece.Text, piece.Style, size, color ?? TextColor);
            }

            output.Add(fragment);
        }
    }

    /// <summary>Adds text ops for a piece, split into spans of the bundled and fallback faces.</summary>
    internal void AddText(List<DrawOp> ops, float x, float baseline, string text, TextStyle style, float size, SKColor color)
    {
        foreach (var span in measurer.Split(text, style))
        {
            ops.Add(new TextOp(x, baseline, span.Text, span.Typeface, span.Slant, size, color));
            x += measurer.Font(span.Typeface, span.Slant, 100f).MeasureText(span.Text) * size / 100f;
        }
    }

    internal static float Baseline(float size) => ((LineFactor - 1.362f) / 2f * size) + (BaselineFactor * size) - (0.02f * size);

    /// <summary>Greedy word wrap; words longer than a line are broken between characters.</summary>
    internal List<TextLine> Wrap(IReadOnlyList<TextRun> runs, float maxWidth, float size, TextStyle baseStyle)
    {
        var lines = new List<TextLine>();
        var tokens = new List<(string Text, TextStyle Style, float Width, bool Space)>();
        var x = 0f;

        void Flush(bool force)
        {
            while (tokens.Count > 0 && tokens[^1].Space)
            {
                x -= tokens[^1].Width;
                tokens.RemoveAt(tokens.Count - 1);
            }

            if (tokens.Count == 0 && !force)
            {
                return;
            }

            var pieces = new List<LinePiece>();
            var px = 0f;
            var builder = new StringBuilder();
            var start = 0f;
            TextStyle? style = null;
            foreach (var token in tokens)
            {
                if (style != token.Style && builder.Length > 0)
                {
                    pieces.Add(new LinePiece(start, builder.ToString(), style!.Value));
                    builder.Clear();
                }

                if (builder.Length == 0)
                {
                    start = px;
                }

                style = token.Style;
                builder.Append(token.Text);
                px += token.Width;
            }

            if (builder.Length > 0)
            {
                pieces.Add(new LinePiece(start, builder.ToString(), style!.Value));
            }

            lines.Add(new TextLine(pieces, px));
            tokens.Clear();
            x = 0f;
        }

        void AddWord(string word, TextStyle style)
        {
            var w = measurer.Measure(word, style, size);
            if (x + w > maxWidth && tokens.Any(t => !t.Space))
            {
                // Parts of the same word from earlier runs ("**bold**," is two runs) move with it.
                var glued = tokens.Count - 1 - tokens.FindLastIndex(t => t.Space);
                var carried = glued > 0 && glued < tokens.Count ? tokens.GetRange(tokens.Count - glued, glued) : [];
                if (carried.Count > 0)
                {
                    tokens.RemoveRange(tokens.Count - carried.Count, carried.Count);
                    Flush(false);
                    tokens.AddRange(carried);
                    x = carried.Sum(t => t.Width);
                }
                else
                {
                    Flush(false);
                }
            }

            if (w > maxWidth)
            {
                // Break an over-long word (an IBAN, a URL) between characters.
                var part = new StringBuilder();
                foreach (var rune in word.EnumerateRunes())
                {
                    var candidate = part + rune.ToString();
                    if (part.Length > 0 && measurer.Measure(candidate, style, size) > maxWidth)
                    {
                        var text = part.ToString();
                        tokens.Add((text, style, measurer.Measure(text, style, size), false));
                        Flush(false);
                        part.Clear();
                    }

                    part.Append(rune.ToString());
                }

                word = part.ToString();
                w = measurer.Measure(word, style, size);
            }

            tokens.Add((word, style, w, false));
            x += w;
        }

        foreach (var run in runs)
        {
            var style = Combine(baseStyle, run);
            var text = TextMeasurer.Clean(run.Text);
            var word = new StringBuilder();
            foreach (var c in text)
            {
                if (c is ' ' or '\n')
                {
                    if (word.Length > 0)
                    {
                        AddWord(word.ToString(), style);
                        word.Clear();
                    }

                    if (c == '\n')
                    {
                        Flush(true);
                    }
                    else if (tokens.Count > 0)
                    {
                        var w = measurer.Measure(" ", style, size);
                        tokens.Add((" ", style, w, true));
                        x += w;
                    }
                }
                else
                {
                    word.Append(c);
                }
            }

            if (word.Length > 0)
            {
                AddWord(word.ToString(), style);
            }
        }

        Flush(false);
        return lines;
    }

    private static TextStyle Combine(TextStyle baseStyle, TextRun run)
    {
        var bold = run.Bold || baseStyle is TextStyle.Bold or TextStyle.BoldItalic;
        var italic = run.Italic || baseStyle is TextStyle.Italic or TextStyle.BoldItalic;
        return (bold, italic) switch
        {
            (true, true) => TextStyle.BoldItalic,
            (true, false) => TextStyle.Bold,
            (false, true) => TextStyle.Italic,
            _ => TextStyle.Regular,
        };
    }
}
