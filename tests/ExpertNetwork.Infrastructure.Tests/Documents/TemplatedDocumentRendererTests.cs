using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Infrastructure.Documents;
using ExpertNetwork.Infrastructure.Templates;
using ExpertNetwork.Infrastructure.Tests.Templates;

namespace ExpertNetwork.Infrastructure.Tests.Documents;

public sealed class TemplatedDocumentRendererTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static TemplatedDocumentRenderer Renderer() =>
        new(RepositoryTemplates.CreateEngine(), new SkiaPdfRenderer(), new FixedClock(Now));

    public static TheoryData<string> DocumentTemplates() =>
        new(TemplateCatalog.All.Where(t => t.Kind == TemplateKind.Document).Select(t => t.Name));

    [Theory]
    [MemberData(nameof(DocumentTemplates))]
    public void Every_shipped_document_template_renders_to_a_readable_pdf_with_its_hash(string template)
    {
        var rendered = Renderer().Render(template, TemplateCatalog.Get(template).SampleModel, new DocumentOptions("Sample", "ExpertNetwork", "Confidential"));

        rendered.Sha256.ShouldBe(DocumentHash.Sha256Hex(rendered.Pdf));
        var text = PdfText.All(rendered.Pdf);
        text.ShouldContain("Page 1 of");
        text.ShouldContain("Confidential");
        // Every document names the contracting company from the model, Polish letters included.
        text.ShouldContain("ExpertNetwork Sp. z o.o.");
        text.ShouldContain("Złota");
    }

    [Fact]
    public void The_same_template_and_model_render_to_the_same_bytes_and_hash()
    {
        var model = TemplateCatalog.Get(TemplateCatalog.Names.InvoiceDocument).SampleModel;
        var first = Renderer().Render(TemplateCatalog.Names.InvoiceDocument, model, new DocumentOptions("Invoice"));
        var second = Renderer().Render(TemplateCatalog.Names.InvoiceDocument, model, new DocumentOptions("Invoice"));

        second.Sha256.ShouldBe(first.Sha256);
    }

    private sealed class FixedClock(DateTime now) : IClock
    {
        public DateTime UtcNow => now;
    }
}
