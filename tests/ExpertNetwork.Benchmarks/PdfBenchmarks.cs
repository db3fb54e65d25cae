using BenchmarkDotNet.Attributes;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Infrastructure.Documents;
using ExpertNetwork.Infrastructure.Tests.Documents;

namespace ExpertNetwork.Benchmarks;

/// <summary>PDF rendering: a one-page invoice and a ten-page contract (targets: &lt; 5 ms and &lt; 50 ms median).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class PdfBenchmarks
{
    private readonly SkiaPdfRenderer renderer = new();
    private PdfDocumentModel invoice = null!;
    private PdfDocumentModel contract = null!;
    private PdfDocumentModel invoiceTwoFaces = null!;
    private PdfDocumentModel invoiceNoLogo = null!;
    private PdfDocumentModel oneLine = null!;

    [GlobalSetup]
    public void Setup()
    {
        invoice = SampleDocuments.Invoice();
        contract = SampleDocuments.Contract();
        invoiceTwoFaces = invoice with
        {
            Blocks = invoice.Blocks
                .Select(b => b is ParagraphBlock p ? new ParagraphBlock(p.Runs.Select(r => r with { Italic = false }).ToList()) : b)
                .ToList(),
        };
        invoiceNoLogo = invoice with { Logo = null };
        oneLine = new PdfDocumentModel { Title = "One line", CreationDate = SampleDocuments.Issued, PageNumberFormat = null, Blocks = [new ParagraphBlock("Hello")] };
        var invoiceBytes = renderer.Render(invoice);
        var contractBytes = renderer.Render(contract);
        Console.WriteLine($"// invoice PDF: {invoiceBytes.Length} bytes; contract PDF: {contractBytes.Length} bytes");
    }

    [Benchmark(Description = "One-page invoice")]
    public byte[] Invoice() => renderer.Render(invoice);

    /// <summary>The same invoice without its italic run: two embedded faces instead of three.</summary>
    [Benchmark(Description = "One-page invoice, regular and bold only")]
    public byte[] InvoiceTwoFaces() => renderer.Render(invoiceTwoFaces);

    [Benchmark(Description = "One-page invoice, no logo")]
    public byte[] InvoiceNoLogo() => renderer.Render(invoiceNoLogo);

    /// <summary>Fixed cost of a PDF: one word, one face, no header or footer.</summary>
    [Benchmark(Description = "One line of text")]
    public byte[] OneLine() => renderer.Render(oneLine);

    [Benchmark(Description = "Ten-page contract")]
    public byte[] Contract() => renderer.Render(contract);
}
