using System.Globalization;
using ExpertNetwork.Application.Documents;
using SkiaSharp;

namespace ExpertNetwork.Infrastructure.Tests.Documents;

/// <summary>Sample documents shared by the PDF tests and the benchmarks (linked into tests/ExpertNetwork.Benchmarks).</summary>
public static class SampleDocuments
{
    public static readonly DateTimeOffset Issued = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    private static readonly Lazy<byte[]> LogoPng = new(CreateLogo);

    public static byte[] Logo => LogoPng.Value;

    /// <summary>A one-page invoice: logo, addresses, line items, totals kept together, payment terms.</summary>
    public static PdfDocumentModel Invoice() => new()
    {
        Title = "Invoice INV-2026-0042",
        Author = "ExpertNetwork GmbH",
        CreationDate = Issued,
        HeaderText = "ExpertNetwork GmbH · Invoice INV-2026-0042",
        FooterText = "ExpertNetwork GmbH · Friedrichstraße 12 · 10117 Berlin · VAT DE123456789",
        Logo = Logo,
        Blocks =
        [
            new HeadingBlock(1, "Invoice INV-2026-0042"),
            new ParagraphBlock([new TextRun("Issued: ", Bold: true), new TextRun("23 November 2026   "), new TextRun("Due: ", Bold: true), new TextRun("23 December 2026")]),
            new ParagraphBlock([new TextRun("Billed to: ", Bold: true), new TextRun("Paweł Wróblewski, Zoë Müller-Lüdenscheidt, René Dupré\nGroßbeerenstraße 7, 10963 Berlin")]),
            TableBlock.FromText(
                [new TableColumn("Description", 5f), new TableColumn("Hours", 1.2f, ColumnAlignment.Right), new TableColumn("Rate", 1.6f, ColumnAlignment.Right), new TableColumn("Amount", 1.8f, ColumnAlignment.Right)],
                [
                    ["Sprint 14: architecture review (José Álvarez)", "12", "€120.00", "€1,440.00"],
                    ["Sprint 14: data migration (Łukasz Żółkowski)", "30.5", "€95.00", "€2,897.50"],
                    ["Code review and pairing (Søren Ødegård)", "8", "€110.00", "€880.00"],
                    ["Travel expenses, Kraków", "", "", "€312.40"],
                ]),
            new KeepTogetherBlock(
            [
                TableBlock.FromText(
                    [new TableColumn("", 6.2f), new TableColumn("Total", 2.4f, ColumnAlignment.Right)],
                    [["Subtotal", "€5,529.90"], ["VAT 19 %", "€1,050.68"], ["Total due", "€6,580.58"]]),
            ]),
            new HeadingBlock(3, "Payment"),
            new ParagraphBlock([new TextRun("Please transfer the total to IBAN DE89 3704 0044 0532 0130 00 (BIC COBADEFFXXX) by "), new TextRun("23 December 2026", Bold: true), new TextRun(", quoting "), new TextRun("INV-2026-0042", Italic: true), new TextRun(". Thank you for working with ExpertNetwork.")]),
        ],
    };

    /// <summary>A contract of about ten pages: numbered clauses, lists, a rate table and a signature block kept together.</summary>
    public static PdfDocumentModel Contract()
    {
        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock(1, "Framework Services Agreement"),
            new ParagraphBlock([new TextRun("between "), new TextRun("ExpertNetwork GmbH", Bold: true), new TextRun(", Berlin, and "), new TextRun("Małgorzata Kowalczyk-Brühl", Bold: true), new TextRun(", Kraków (the “Expert”).")]),
        };
        for (var clause = 1; clause <= 25; clause++)
        {
            blocks.Add(new HeadingBlock(2, string.Create(CultureInfo.InvariantCulture, $"{clause}. {ClauseTitles[clause % ClauseTitles.Length]}")));
            blocks.Add(new ParagraphBlock([new TextRun(string.Create(CultureInfo.InvariantCulture, $"{clause}.1 ")), new TextRun(Legal), new TextRun(" The parties agree that this clause is "), new TextRun("binding", Italic: true), new TextRun(" and "), new TextRun("enforceable", Bold: true), new TextRun(".")]));
            blocks.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture, $"{clause}.2 ") + Legal2));
            if (clause % 3 == 0)
            {
                blocks.Add(new BulletListBlock(
                [
                    [new TextRun("Deliverables are accepted in writing within ten (10) business days.")],
                    [new TextRun("Invoices are payable in euro (€), pound sterling (£) or Swiss francs.")],
                    [new TextRun("Confidential information", Bold: true), new TextRun(" stays confidential for five years after termination.")],
                ]));
            }

            if (clause % 5 == 0)
            {
                blocks.Add(TableBlock.FromText(
                    [new TableColumn("Role", 4f), new TableColumn("Daily rate", 2f, ColumnAlignment.Right), new TableColumn("Cap", 2f, ColumnAlignment.Right)],
                    [["Principal consultant", "€1,200.00", "€48,000.00"], ["Senior engineer", "€950.00", "€38,000.00"], ["Engineer", "€720.00", "€28,800.00"]]));
            }
        }

        blocks.Add(new KeepTogetherBlock(
        [
            new HeadingBlock(2, "Signatures"),
            new ParagraphBlock("Berlin, 23 November 2026"),
            new SpacerBlock(28f),
            new ParagraphBlock("______________________________          ______________________________"),
            new ParagraphBlock("ExpertNetwork GmbH                                         Małgorzata Kowalczyk-Brühl"),
        ]));

        return new PdfDocumentModel
        {
            Title = "Framework Services Agreement",
            CreationDate = Issued,
            HeaderText = "Framework Services Agreement · FSA-2026-0107",
            FooterText = "Confidential",
            Logo = Logo,
            Blocks = blocks,
        };
    }

    private static readonly string[] ClauseTitles =
    [
        "Definitions", "Scope of Services", "Term and Termination", "Fees and Payment", "Intellectual Property",
        "Confidentiality", "Data Protection", "Liability", "Warranties", "Governing Law",
    ];

    private const string Legal =
        "The Expert shall provide the services described in each statement of work with the care of a prudent professional, " +
        "in accordance with the agreed schedule and the reasonable instructions of ExpertNetwork, and shall keep records of the " +
        "time spent sufficient to support every invoice issued under this agreement. Each statement of work forms part of this " +
        "agreement; where a statement of work conflicts with this agreement, this agreement prevails unless the statement of work " +
        "expressly states otherwise and refers to the clause it changes.";

    private const string Legal2 =
        "Neither party may assign this agreement without the prior written consent of the other, which shall not be unreasonably " +
        "withheld. Notices must be given in writing to the addresses stated above; notices by email are valid when confirmed. " +
        "If any provision is held invalid, the remaining provisions remain in full force, and the parties shall replace the invalid " +
        "provision with a valid one that comes closest to its economic purpose.";

    private static byte[] CreateLogo()
    {
        var info = new SKImageInfo(160, 48, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(0x1D, 0x4E, 0xD8) };
        canvas.DrawRoundRect(new SKRect(0, 0, 48, 48), 10, 10, paint);
        paint.Color = new SKColor(0x0F, 0x76, 0x6E);
        canvas.DrawRect(new SKRect(56, 14, 160, 34), paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
