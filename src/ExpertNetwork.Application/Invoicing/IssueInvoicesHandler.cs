using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Issues draft invoices: gap-free number, stored PDF with its hash.</summary>
public sealed class IssueInvoicesHandler(IServiceScopeFactory scopes, IClock clock)
{
    public Task<IssueOutcome> HandleAsync(IReadOnlyList<Guid> invoiceIds, CancellationToken cancellationToken) =>
        DocumentIssuing.EachAsync(invoiceIds, id => IssueAsync(id, cancellationToken));

    private async Task<IssuedDocument> IssueAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(now);
        await NumberSeriesLock.EnsureAsync(scopes, NumberSeries.Invoices, today.Year, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<IAppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var series = await NumberSeriesLock.LockAsync(db, NumberSeries.Invoices, today.Year, cancellationToken);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken) ?? throw new NotFoundException("The invoice");
        if (invoice.Kind == DocumentKind.CreditNote)
            throw new DomainRuleException("A credit note is issued when its invoice is voided, not on its own.");
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == invoice.ClientId, cancellationToken);
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == invoice.ProjectId, cancellationToken);
        var options = services.GetRequiredService<FinanceOptions>();
        invoice.Issue(series, today, options.PaymentTermDays, now);
        var pdf = BillingPdfs.Invoice(services.GetRequiredService<IDocumentRenderer>(), options, invoice, client, project, null);
        await DocumentIssuing.StoreAndCommitAsync(db, transaction, services.GetRequiredService<IFileStore>(), DocumentIssuing.InvoiceArea, invoice, pdf, cancellationToken);
        return new IssuedDocument(invoice.Id, invoice.Number!);
    }
}
