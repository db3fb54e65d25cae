using System.Text;
using System.Text.RegularExpressions;
using ExpertNetwork.Application.Documents;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using DocHeading = ExpertNetwork.Application.Documents.HeadingBlock;
using DocParagraph = ExpertNetwork.Application.Documents.ParagraphBlock;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdParagraph = Markdig.Syntax.ParagraphBlock;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>
/// Converts Markdown (as produced by the templates) into document blocks: headings, paragraphs
/// with bold and italic runs, lists, pipe tables and thematic breaks (page breaks). HTML is
/// never interpreted: it stays literal text, so values cannot inject markup.
/// </summary>
public static partial class MarkdownBlockConverter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    public static IReadOnlyList<DocumentBlock> Convert(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        var blocks = new List<DocumentBlock>();
        foreach (var block in document)
        {
            AddBlock(block, blocks);
        }

        return blocks;
    }

    private static void AddBlock(Block block, List<DocumentBlock> output)
    {
        switch (block)
        {
            case MdHeading heading:
                output.Add(new DocHeading(heading.Level, PlainText(Runs(heading.Inline))));
                break;
            case MdParagraph paragraph:
                var runs = Runs(paragraph.Inline);
                if (runs.Count > 0)
                {
                    output.Add(new DocParagraph(runs));
                }

                break;
            case ListBlock list:
                var items = list.OfType<ListItemBlock>().Select(ItemRuns).ToList();
                if (list.IsOrdered)
                {
                    var start = int.TryParse(list.OrderedStart, out var n) ? n : 1;
                    output.Add(new NumberedListBlock(items, start));
                }
                else
                {
                    output.Add(new BulletListBlock(items));
                }

                break;
            case Table table:
                output.Add(ConvertTable(table));
                break;
            case ThematicBreakBlock:
                output.Add(new PageBreakBlock());
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    AddBlock(child, output);
                }

                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                // Code blocks (and anything else with raw lines) become literal text.
                output.Add(new DocParagraph([new TextRun(leaf.Lines.ToString())]));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlock(child, output);
                }

                break;
            default:
                break;
        }
    }

    private static List<TextRun> ItemRuns(ListItemBlock item)
    {
        var runs = new List<TextRun>();
        foreach (var child in item.Descendants<LeafBlock>())
        {
            var childRuns = child.Inline is not null ? Runs(child.Inline) : [new TextRun(child.Lines.ToString())];
            if (childRuns.Count == 0)
            {
                continue;
            }

            if (runs.Count > 0)
            {
                runs.Add(new TextRun("\n"));
            }

            runs.AddRange(childRuns);
        }

        return runs;
    }

    private static TableBlock ConvertTable(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var body = rows.Where(r => !r.IsHeader).Select(r => r.OfType<TableCell>().Select(CellRuns).ToList()).ToList();
        var headerCells = header?.OfType<TableCell>().Select(c => PlainText(CellRuns(c))).ToList() ?? [];
        var count = Math.Max(headerCells.Count, body.Count == 0 ? 0 : body.Max(r => r.Count));

        var columns = new List<TableColumn>();
        for (var c = 0; c < count; c++)
        {
            var title = c < headerCells.Count ? headerCells[c] : string.Empty;
            var cells = body.Select(r => c < r.Count ? PlainText(r[c]) : string.Empty).ToList();
            var defined = c < table.ColumnDefinitions.Count ? table.ColumnDefinitions[c].Alignment : null;
            var amounts = cells.Any(s => s.Length > 0) && cells.All(s => s.Length == 0 || AmountPattern().IsMatch(s));
            var alignment = defined == TableColumnAlign.Right || (defined is null && amounts) ? ColumnAlignment.Right : ColumnAlignment.Left;
            var longest = Math.Max(title.Length, cells.Count == 0 ? 0 : cells.Max(s => s.Length));
            columns.Add(new TableColumn(title, Math.Clamp(longest, 6, 40), alignment));
        }

        var normalized = body
            .Select(r => (IReadOnlyList<IReadOnlyList<TextRun>>)Enumerable.Range(0, count).Select(c => c < r.Count ? r[c] : (IReadOnlyList<TextRun>)[]).ToList())
            .ToList();
        return new TableBlock(columns, normalized);
    }

    private static IReadOnlyList<TextRun> CellRuns(TableCell cell)
    {
        var runs = new List<TextRun>();
        foreach (var leaf in cell.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not null)
            {
                runs.AddRange(Runs(leaf.Inline));
            }
        }

        return runs;
    }

    private static List<TextRun> Runs(ContainerInline? container)
    {
        var runs = new List<TextRun>();
        if (container is not null)
        {
            AddInlines(container, bold: false, italic: false, runs);
        }

        // Merge neighbours with the same style so words are not split between runs.
        var merged = new List<TextRun>();
        foreach (var run in runs)
        {
            if (merged.Count > 0 && merged[^1].Bold == run.Bold && merged[^1].Italic == run.Italic)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            }
            else if (run.Text.Length > 0)
            {
                merged.Add(run);
            }
        }

        return merged;
    }

    private static void AddInlines(ContainerInline container, bool bold, bool italic, List<TextRun> runs)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new TextRun(literal.Content.ToString(), bold, italic));
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    AddInlines(emphasis, bold || strong, italic || !strong || emphasis.DelimiterCount >= 3, runs);
                    break;
                case CodeInline code:
                    runs.Add(new TextRun(code.Content, bold, italic));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new TextRun(lineBreak.IsHard ? "\n" : " ", bold, italic));
                    break;
                case AutolinkInline autolink:
                    runs.Add(new TextRun(autolink.Url, bold, italic));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new TextRun(entity.Transcoded.ToString(), bold, italic));
                    break;
                case HtmlInline html:
                    runs.Add(new TextRun(html.Tag, bold, italic));
                    break;
                case ContainerInline child:
                    // Links and other containers: their text, not their target.
                    AddInlines(child, bold, italic, runs);
                    break;
                default:
                    break;
            }
        }
    }

    private static string PlainText(IEnumerable<TextRun> runs)
    {
        var builder = new StringBuilder();
        foreach (var run in runs)
        {
            builder.Append(run.Text);
        }

        return builder.ToString().Trim();
    }

    // 1,234.50 | 1.234,50 € | € 12 | -€5.00 | EUR 100 | 12 % is not an amount.
    [GeneratedRegex(@"^[-+−]?\s*(?:[€$£¥₹₽]|[A-Z]{3}\s)?\s*[-+−]?\d[\d\s.,'\u00A0\u202F]*(?:\s*(?:[€$£¥₹₽]|[A-Z]{3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
