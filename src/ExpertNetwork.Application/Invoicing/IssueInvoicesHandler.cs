using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Issues draft invoices: gap-free number, stored PDF with its hash.</summary>
public sealed class IssueInvoicesHandler(IServiceScopeFactory scopes, IClock clock, FinanceOptions finance)
{
    public Task<IssueOutcome> HandleAsync(IReadOnlyList<Guid> invoiceIds, CancellationToken cancellationToken)
    {
        var series = new NumberSeriesLock.Existing(scopes, NumberSeries.Invoices);
        return DocumentIssuing.EachAsync(invoiceIds, id => IssueAsync(id, series, cancellationToken));
    }

    private async Task<IssuedDocument> IssueAsync(Guid invoiceId, NumberSeriesLock.Existing series, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = finance.Today(now);
        await series.EnsureAsync(today.Year, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<IAppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var numbers = await NumberSeriesLock.LockAsync(db, NumberSeries.Invoices, today.Year, cancellationToken);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken) ?? throw Refusal.NotFound("The invoice");
        if (invoice.Kind == DocumentKind.CreditNote)
            throw Refusal.Conflict("A credit note is issued when its invoice is voided, not on its own.");
        var (clientId, projectId) = (invoice.ClientId, invoice.ProjectId);
        var billed = await (from c in db.Clients.AsNoTracking()
                            from p in db.Projects.AsNoTracking()
                            where c.Id == clientId && p.Id == projectId
                            select new { Client = c, Project = p }).SingleAsync(cancellationToken);
        var (client, project) = (billed.Client, billed.Project);
        invoice.Issue(numbers, today, finance.PaymentTermDays, now);
        var pdf = BillingPdfs.Invoice(services.GetRequiredService<IDocumentRenderer>(), finance, invoice, client, project, null);
        await DocumentIssuing.StoreAndCommitAsync(db, transaction, services.GetRequiredService<IFileStore>(), DocumentIssuing.InvoiceArea, invoice, pdf, cancellationToken);
        return new IssuedDocument(invoice.Id, invoice.Number!);
    }
}
