using ExpertNetwork.Application.Documents;
using ExpertNetwork.Infrastructure.Documents;

namespace ExpertNetwork.Infrastructure.Tests.Documents;

public sealed class MarkdownBlockConverterTests
{
    internal const string Sample = """
        # Invoice for Paweł Żółkowski

        Dear **Zoë Müller**, thank you for *your* work on sprint 14.

        ## Items

        | Item | Hours | Amount |
        |------|-------|--------|
        | Architecture review | 12 | €1,440.00 |
        | Data migration | 30.5 | €2,897.50 |
        | **Total** | | **€4,337.50** |

        - first point
        - second **point**

        1. one
        2. two

        ---

        # Terms

        Payment within 30 days. <script>alert(1)</script>
        """;

    [Fact]
    public void Converts_headings_paragraph_runs_lists_tables_and_breaks()
    {
        var blocks = MarkdownBlockConverter.Convert(Sample);

        blocks[0].ShouldBe(new HeadingBlock(1, "Invoice for Paweł Żółkowski"));
        var paragraph = blocks[1].ShouldBeOfType<ParagraphBlock>();
        paragraph.Runs.ShouldBe([new TextRun("Dear "), new TextRun("Zoë Müller", Bold: true), new TextRun(", thank you for "), new TextRun("your", Italic: true), new TextRun(" work on sprint 14.")]);
        blocks[2].ShouldBe(new HeadingBlock(2, "Items"));

        var table = blocks[3].ShouldBeOfType<TableBlock>();
        table.Columns.Select(c => c.Header).ShouldBe(["Item", "Hours", "Amount"]);
        table.Columns.Select(c => c.Alignment).ShouldBe([ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right]);
        table.Rows.Count.ShouldBe(3);
        table.Rows[2][2].ShouldBe([new TextRun("€4,337.50", Bold: true)]);

        var bullets = blocks[4].ShouldBeOfType<BulletListBlock>();
        bullets.Items.Count.ShouldBe(2);
        bullets.Items[1].ShouldBe([new TextRun("second "), new TextRun("point", Bold: true)]);
        var numbered = blocks[5].ShouldBeOfType<NumberedListBlock>();
        numbered.Items.Count.ShouldBe(2);
        numbered.Start.ShouldBe(1);

        blocks[6].ShouldBeOfType<PageBreakBlock>();
        blocks[7].ShouldBe(new HeadingBlock(1, "Terms"));
        blocks[8].ShouldBeOfType<ParagraphBlock>().Runs.ShouldBe([new TextRun("Payment within 30 days. <script>alert(1)</script>")]);
    }

    [Theory]
    [InlineData("| A | B |\n|---|---|\n| x | 12 % |\n| y | n/a |\n", ColumnAlignment.Left)]
    [InlineData("| A | B |\n|---|---|\n| x | 1.234,56 € |\n| y | -€5.00 |\n| z | EUR 10 |\n", ColumnAlignment.Right)]
    [InlineData("| A | B |\n|---|--:|\n| x | text |\n", ColumnAlignment.Right)]
    public void Amount_columns_are_right_aligned(string markdown, ColumnAlignment expected)
    {
        var table = MarkdownBlockConverter.Convert(markdown).Single().ShouldBeOfType<TableBlock>();

        table.Columns[0].Alignment.ShouldBe(ColumnAlignment.Left);
        table.Columns[1].Alignment.ShouldBe(expected);
    }

    [Fact]
    public void Html_blocks_stay_literal()
    {
        var blocks = MarkdownBlockConverter.Convert("<div>\n<img src=x onerror=alert(1)>\n</div>");

        var text = string.Concat(blocks.OfType<ParagraphBlock>().SelectMany(p => p.Runs).Select(r => r.Text));
        text.ShouldContain("<img src=x onerror=alert(1)>");
        text.ShouldContain("<div>");
    }
}
