namespace ExpertNetwork.Application.Documents;

/// <summary>What a document is called and what its pages carry around the template's content.</summary>
public sealed record DocumentOptions(string Title, string? HeaderText = null, string? FooterText = null);

/// <summary>A rendered PDF and the SHA-256 that is stored with it, so the exact file can be proven later.</summary>
public sealed record RenderedDocument(byte[] Pdf, string Sha256);

/// <summary>Renders a document template (contract, NDA, invoice, payout statement) with a model to PDF.</summary>
public interface IDocumentRenderer
{
    RenderedDocument Render(string templateName, object model, DocumentOptions options);
}
