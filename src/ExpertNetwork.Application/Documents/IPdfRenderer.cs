namespace ExpertNetwork.Application.Documents;

/// <summary>Renders a <see cref="PdfDocumentModel"/> to the bytes of a PDF file.</summary>
public interface IPdfRenderer
{
    byte[] Render(PdfDocumentModel model);
}
