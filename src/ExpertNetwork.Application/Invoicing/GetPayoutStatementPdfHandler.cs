using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

public sealed record GetPayoutStatementPdfQuery(Guid StatementId);

/// <summary>The PDF of a payout statement or its credit note.</summary>
/// <remarks>Issued: the stored file, hash-checked, named <c>PAY-2026-000123.pdf</c>. Draft: a preview marked DRAFT, never stored, named <c>draft-payout-&lt;period&gt;-&lt;id prefix&gt;.pdf</c>.</remarks>
public sealed class GetPayoutStatementPdfHandler(IAppDbContext db, IFileStore files, IDocumentRenderer renderer, FinanceOptions options)
{
    public async Task<DocumentFile> HandleAsync(GetPayoutStatementPdfQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var statementId = query.StatementId;
        var statement = await db.PayoutStatements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken) ?? throw Refusal.NotFound("The payout statement");
        if (statement.Status == DocumentStatus.Draft)
        {
            var expert = await db.Experts.AsNoTracking().SingleAsync(x => x.Id == statement.ExpertId, cancellationToken);
            var preview = BillingPdfs.Statement(renderer, options, statement, expert, null);
            return new DocumentFile(preview.Pdf, $"draft-payout-{BillingPdfs.Period(statement)}-{statement.Id.ToString("N")[^8..]}.pdf");
        }
        var what = $"PDF of payout statement {statement.Number}";
        var bytes = statement.PdfStorageKey is { } key ? await StoredDocuments.ReadVerifiedAsync(files, key, statement.PdfSha256, what, cancellationToken) : null;
        return new DocumentFile(bytes ?? throw Refusal.NotFound("The " + what), BillingPdfs.FileSafe(statement.Number!) + ".pdf");
    }
}
