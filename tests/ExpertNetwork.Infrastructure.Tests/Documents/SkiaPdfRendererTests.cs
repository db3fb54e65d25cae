using ExpertNetwork.Application.Documents;
using ExpertNetwork.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace ExpertNetwork.Infrastructure.Tests.Documents;

public sealed class SkiaPdfRendererTests
{
    private static readonly SkiaPdfRenderer Renderer = new();

    private static readonly TableColumn[] ItemColumns =
    [
        new("Description", 5f),
        new("Qty", 1f, ColumnAlignment.Right),
        new("Amount", 2f, ColumnAlignment.Right),
    ];

    [Fact]
    public void Names_with_diacritics_and_euro_amounts_are_extracted_exactly()
    {
        var pdf = Renderer.Render(SampleDocuments.Invoice());

        var text = PdfText.All(pdf);
        foreach (var expected in new[] { "Paweł", "Wróblewski", "Zoë", "Müller-Lüdenscheidt", "René", "Dupré", "Großbeerenstraße", "Łukasz", "Żółkowski", "José", "Álvarez", "€1,440.00", "€2,897.50", "€6,580.58", "Friedrichstraße" })
        {
            text.ShouldContain(expected);
        }

        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(1);
        document.Information.Title.ShouldBe("Invoice INV-2026-0042");
    }

    [Fact]
    public void Greek_cyrillic_and_currency_signs_come_from_the_bundled_font()
    {
        foreach (var c in "łéüßŁŻ€£¥₹₽№ΩЖҐ–—“”…•")
        {
            PdfFonts.HasBundledGlyph(c).ShouldBeTrue($"U+{(int)c:X4} {c}");
        }

        var pdf = Renderer.Render(Doc(new ParagraphBlock("Αθήνα Москва Київ: №12, ₹500, ₽300, ¥1,000, £75, €1.234,56")));

        var text = PdfText.All(pdf);
        foreach (var expected in new[] { "Αθήνα", "Москва", "Київ:", "№12,", "₹500,", "₽300,", "¥1,000,", "£75,", "€1.234,56" })
        {
            text.ShouldContain(expected);
        }
    }

    [Fact]
    public void Characters_outside_the_subset_fall_back_to_a_system_font_without_crashing()
    {
        const int Cjk = 0x6F22; // 漢
        PdfFonts.HasBundledGlyph(Cjk).ShouldBeFalse();
        var fallback = PdfFonts.FallbackFamilyFor(Cjk);

        var pdf = Renderer.Render(Doc(new ParagraphBlock("Before 漢字 after"), new ParagraphBlock([new TextRun("Bold 漢 end", Bold: true)])));

        var text = PdfText.All(pdf);
        text.ShouldContain("Before");
        text.ShouldContain("after");
        text.ShouldContain("end");
        if (fallback is not null)
        {
            // A system font has the character: it must be drawn, not dropped.
            text.ShouldContain("漢");
        }
    }

    [Fact]
    public void A_table_over_three_pages_repeats_its_header_and_the_footer_counts_pages()
    {
        var rows = Enumerable.Range(1, 75).Select(i => (IReadOnlyList<string>)[$"Line item {i:000}", $"{i}", $"€{i * 10}.00"]).ToList();
        var pdf = Renderer.Render(Doc(new HeadingBlock(1, "Statement"), TableBlock.FromText(ItemColumns, rows)));

        var pages = PdfText.Pages(pdf);
        pages.Count.ShouldBe(3);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].ShouldContain("Description Qty Amount");
            pages[i].ShouldContain($"Page {i + 1} of 3");
        }

        pages[1].ShouldContain("Page 2 of 3");
        pages[0].ShouldContain("Line item 001");
        pages[2].ShouldContain("Line item 075");
        string.Join("\n", pages).Split("Line item ").Length.ShouldBe(76, "every row exactly once");
    }

    [Fact]
    public void Amount_column_is_right_aligned()
    {
        var rows = new List<IReadOnlyList<string>> { new[] { "Short", "1", "€5.00" }, new[] { "Long", "2", "€12,345.67" }, new[] { "Mid", "3", "€310.10" } };
        var pdf = Renderer.Render(Doc(TableBlock.FromText(ItemColumns, rows)));

        using var document = PdfDocument.Open(pdf);
        var amounts = document.GetPage(1).GetWords().Where(w => w.Text.StartsWith('€')).ToList();
        amounts.Count.ShouldBe(3);
        var rights = amounts.Select(w => w.BoundingBox.Right).ToList();
        (rights.Max() - rights.Min()).ShouldBeLessThan(1.0);
        var lefts = amounts.Select(w => w.BoundingBox.Left).ToList();
        (lefts.Max() - lefts.Min()).ShouldBeGreaterThan(10.0);
        var description = document.GetPage(1).GetWords().Single(w => w.Text == "Short");
        description.BoundingBox.Left.ShouldBeLessThan(lefts.Min());
    }

    [Fact]
    public void Keep_together_block_is_moved_whole_to_the_next_page()
    {
        DocumentBlock[] Totals() =>
        [
            new HeadingBlock(3, "Totals"),
            new ParagraphBlock("Subtotal €100.00"),
            new ParagraphBlock("VAT €19.00"),
            new ParagraphBlock("Grand total €119.00"),
        ];

        // Find a filler length at which the plain blocks would be split across two pages.
        int? filler = null;
        for (var n = 20; n < 80 && filler is null; n++)
        {
            var plain = PdfText.Pages(Renderer.Render(Doc([.. Filler(n), .. Totals()])));
            var subtotalPage = plain.FindIndex(p => p.Contains("Subtotal", StringComparison.Ordinal));
            var totalPage = plain.FindIndex(p => p.Contains("Grand total", StringComparison.Ordinal));
            if (subtotalPage != totalPage)
            {
                filler = n;
            }
        }

        filler.ShouldNotBeNull();
        var pages = PdfText.Pages(Renderer.Render(Doc([.. Filler(filler.Value), new KeepTogetherBlock(Totals())])));

        pages.Count.ShouldBe(2);
        pages[0].ShouldNotContain("Totals");
        pages[0].ShouldNotContain("Subtotal");
        pages[1].ShouldContain("Totals Subtotal €100.00 VAT €19.00 Grand total €119.00");
    }

    [Fact]
    public void Bold_and_italic_runs_use_their_faces()
    {
        var pdf = Renderer.Render(Doc(new ParagraphBlock([new TextRun("Plain "), new TextRun("Strong", Bold: true), new TextRun(" and "), new TextRun("Slanted", Italic: true)])));

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        words.Single(w => w.Text == "Strong").Letters.ShouldAllBe(l => (l.FontName ?? string.Empty).Contains("Bold", StringComparison.Ordinal));
        words.Single(w => w.Text == "Plain").Letters.ShouldAllBe(l => !(l.FontName ?? string.Empty).Contains("Bold", StringComparison.Ordinal) && !(l.FontName ?? string.Empty).Contains("Italic", StringComparison.Ordinal));
        words.Single(w => w.Text == "Slanted").Letters.ShouldAllBe(l => (l.FontName ?? string.Empty).Contains("Italic", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_html_is_rendered_as_literal_text()
    {
        var blocks = MarkdownBlockConverter.Convert("# Offer for <b>Eve</b>\n\nDear <script>alert(1)</script>, welcome.\n\n<div onclick=\"x()\">block</div>\n");
        var pdf = Renderer.Render(Doc([.. blocks]));

        var text = PdfText.All(pdf);
        text.ShouldContain("<script>alert(1)</script>,");
        text.ShouldContain("<b>Eve</b>");
        text.ShouldContain("<div");
    }

    [Fact]
    public void Rendering_the_same_input_twice_gives_the_same_text_and_bytes()
    {
        var first = Renderer.Render(SampleDocuments.Contract());
        var second = Renderer.Render(SampleDocuments.Contract());

        PdfText.All(second).ShouldBe(PdfText.All(first));
        DocumentHash.Sha256Hex(second).ShouldBe(DocumentHash.Sha256Hex(first));
    }

    [Fact]
    public void One_page_invoice_is_small_and_has_its_logo()
    {
        var pdf = Renderer.Render(SampleDocuments.Invoice());

        pdf.Length.ShouldBeLessThan(120 * 1024);
        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(1);
        document.GetPage(1).GetImages().Count().ShouldBe(1);
        PdfText.Words(document.GetPage(1)).ShouldContain("Page 1 of 1");
    }

    [Fact]
    public void Contract_spans_about_ten_pages_with_page_numbers_and_signatures_together()
    {
        var pages = PdfText.Pages(Renderer.Render(SampleDocuments.Contract()));

        pages.Count.ShouldBeInRange(9, 11);
        pages[^1].ShouldContain($"Page {pages.Count} of {pages.Count}");
        var signatures = pages.FindIndex(p => p.Contains("Signatures", StringComparison.Ordinal));
        pages[signatures].ShouldContain("Berlin, 23 November 2026");
        pages[signatures].ShouldContain("Małgorzata Kowalczyk-Brühl");
    }

    [Fact]
    public void Page_break_and_long_words_do_not_lose_text()
    {
        var iban = string.Concat(Enumerable.Repeat("ABCDEFGHIJ", 14));
        var pdf = Renderer.Render(Doc(new ParagraphBlock("First page"), new PageBreakBlock(), new ParagraphBlock(iban), new NumberedListBlock([[new TextRun("one")], [new TextRun("two")]], 3)));

        var pages = PdfText.Pages(pdf);
        pages.Count.ShouldBe(2);
        pages[0].ShouldContain("First page");
        pages[1].Replace(" ", string.Empty, StringComparison.Ordinal).ShouldContain(iban);
        pages[1].ShouldContain("3. one");
        pages[1].ShouldContain("4. two");
    }

    [Fact]
    public void Punctuation_after_a_bold_run_stays_on_the_line_of_its_word()
    {
        var runs = Enumerable.Range(0, 120).SelectMany(i => new[] { new TextRun($"alpha{i} beta gamma{i % 7} "), new TextRun("delta", Bold: true), new TextRun("), ") }).ToList();
        var pdf = Renderer.Render(Doc(new ParagraphBlock(runs)));

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        words.Count(w => w == "delta),").ShouldBe(120);
        words.ShouldNotContain("),");
    }

    [Fact]
    public void Sha256_hex_is_lowercase_hex()
    {
        DocumentHash.Sha256Hex("abc"u8.ToArray()).ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Fact]
    public void Sample_documents_are_written_for_inspection_when_asked()
    {
        // EXPERTNETWORK_PDF_SAMPLES=/tmp/pdf-samples dotnet test ... then: pdftoppm -png -r 60 invoice.pdf invoice
        var folder = Environment.GetEnvironmentVariable("EXPERTNETWORK_PDF_SAMPLES");
        Assert.SkipWhen(string.IsNullOrEmpty(folder), "set EXPERTNETWORK_PDF_SAMPLES to a folder to write sample PDFs");
        Directory.CreateDirectory(folder!);
        File.WriteAllBytes(Path.Combine(folder!, "invoice.pdf"), Renderer.Render(SampleDocuments.Invoice()));
        File.WriteAllBytes(Path.Combine(folder!, "contract.pdf"), Renderer.Render(SampleDocuments.Contract()));
        var rows = Enumerable.Range(1, 75).Select(i => (IReadOnlyList<string>)[$"Line item {i:000}", $"{i}", $"€{i * 10}.00"]).ToList();
        File.WriteAllBytes(Path.Combine(folder!, "table.pdf"), Renderer.Render(Doc(new HeadingBlock(1, "Statement"), TableBlock.FromText(ItemColumns, rows))));
        File.WriteAllBytes(Path.Combine(folder!, "markdown.pdf"), Renderer.Render(Doc([.. MarkdownBlockConverter.Convert(MarkdownBlockConverterTests.Sample)])));
    }

    private static IEnumerable<DocumentBlock> Filler(int count) =>
        Enumerable.Range(1, count).Select(i => new ParagraphBlock($"Filler paragraph {i} with enough words to be a realistic line of text."));

    private static PdfDocumentModel Doc(params DocumentBlock[] blocks) => new()
    {
        Title = "Test",
        CreationDate = SampleDocuments.Issued,
        HeaderText = "ExpertNetwork",
        FooterText = "Test document",
        Blocks = blocks,
    };
}
