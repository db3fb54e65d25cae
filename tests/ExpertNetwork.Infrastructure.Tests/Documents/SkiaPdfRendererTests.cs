using ExpertNetwork.Application.Documents;
using ExpertNetwork.Infrastructure.Documents;
using SkiaSharp;
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
    public void Characters_outside_the_subset_are_drawn_with_a_system_font_and_extracted()
    {
        // Arrows, Armenian and Georgian are not in the bundled subset; DejaVu Sans (Debian fonts-dejavu-core,
        // which .ci/run installs) has them all.
        foreach (var c in "→Երևանთბილისი")
        {
            PdfFonts.HasBundledGlyph(c).ShouldBeFalse($"U+{(int)c:X4} {c}");
            PdfFonts.FallbackFamilyFor(c).ShouldNotBeNull($"no system font has U+{(int)c:X4} {c}; install fonts-dejavu-core");
        }

        var pdf = Renderer.Render(Doc(
            new ParagraphBlock("Route Berlin → Երևան → თბილისი, back by rail."),
            new ParagraphBlock([new TextRun("Bold → Երևան ", Bold: true), new TextRun("and italic თბილისი.", Italic: true)])));

        var text = PdfText.All(pdf);
        foreach (var expected in new[] { "Berlin", "→", "Երևան", "თბილისი,", "rail.", "Bold", "თბილისი." })
        {
            text.ShouldContain(expected);
        }

        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        fonts.ShouldContain(f => f != null && f.Contains("NotoSans", StringComparison.Ordinal));
        fonts.ShouldContain(f => f != null && !f.Contains("NotoSans", StringComparison.Ordinal));
        pdf.Length.ShouldBeLessThan(120 * 1024, "fallback faces are cut to the glyphs drawn, not embedded whole");
    }

    [Fact]
    public void A_character_no_installed_font_has_keeps_its_place_as_a_missing_glyph_box_and_the_text_around_it_survives()
    {
        const int Unassigned = 0x0378; // no character is assigned to this code point, so no font has a glyph for it
        PdfFonts.HasBundledGlyph(Unassigned).ShouldBeFalse();
        PdfFonts.FallbackFamilyFor(Unassigned).ShouldBeNull();

        var pdf = Renderer.Render(Doc(new ParagraphBlock("Before \u0378 after"), new ParagraphBlock([new TextRun("Bold\u0378end", Bold: true)])));

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        var before = words.Single(w => w.Text == "Before");
        var after = words.Single(w => w.Text == "after");
        words.ShouldContain(w => w.Text.StartsWith("Bold", StringComparison.Ordinal));
        words.ShouldContain(w => w.Text.EndsWith("end", StringComparison.Ordinal));
        // The missing-glyph box takes room between the words: two spaces of 10 pt text are about 5.2 pt.
        (after.BoundingBox.Left - before.BoundingBox.Right).ShouldBeGreaterThan(8);
    }

    [Fact]
    public void A_document_embeds_only_the_glyphs_it_draws()
    {
        var oneWord = Renderer.Render(new PdfDocumentModel { Title = "One word", CreationDate = SampleDocuments.Issued, PageNumberFormat = null, Blocks = [new ParagraphBlock("Hello")] });
        var invoice = Renderer.Render(SampleDocuments.Invoice());

        // The bundled regular face alone is 46 KB; cut to five letters it is a few hundred bytes.
        oneWord.Length.ShouldBeLessThan(12 * 1024);
        PdfText.All(oneWord).ShouldBe("Hello");
        invoice.Length.ShouldBeLessThan(40 * 1024);
        PdfText.All(invoice).ShouldContain("Żółkowski)");
    }

    [Fact]
    public void A_large_logo_is_embedded_at_print_resolution_not_at_its_full_size()
    {
        var logo = LargeLogo(2400, 720);
        var model = SampleDocuments.Invoice() with { Logo = logo };

        var pdf = Renderer.Render(model);

        using var document = PdfDocument.Open(pdf);
        var image = document.GetPage(1).GetImages().Single();
        image.WidthInSamples.ShouldBeLessThanOrEqualTo(480);
        image.HeightInSamples.ShouldBeLessThanOrEqualTo(84);
        image.WidthInSamples.ShouldBeGreaterThan(200);
        pdf.Length.ShouldBeLessThan(120 * 1024);
        Renderer.Render(model).ShouldBe(pdf);
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

    private static byte[] LargeLogo(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(0x1D, 0x4E, 0xD8) };
        surface.Canvas.DrawCircle(height / 2f, height / 2f, height / 2f, paint);
        for (var x = height; x < width; x += 40)
        {
            paint.Color = new SKColor((byte)(x % 256), 0x76, 0x6E);
            surface.Canvas.DrawRect(x, height / 3f, 30, height / 3f, paint);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static PdfDocumentModel Doc(params DocumentBlock[] blocks) => new()
    {
        Title = "Test",
        CreationDate = SampleDocuments.Issued,
        HeaderText = "ExpertNetwork",
        FooterText = "Test document",
        Blocks = blocks,
    };
}
