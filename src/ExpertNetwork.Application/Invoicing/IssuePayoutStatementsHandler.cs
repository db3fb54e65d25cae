using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Issues draft payout statements: gap-free number, stored PDF with its hash, and the PDF mailed to the expert in the same transaction.</summary>
public sealed class IssuePayoutStatementsHandler(IServiceScopeFactory scopes, IClock clock, FinanceOptions finance)
{
    public Task<IssueOutcome> HandleAsync(IReadOnlyList<Guid> statementIds, CancellationToken cancellationToken)
    {
        var series = new NumberSeriesLock.Existing(scopes, NumberSeries.Payouts);
        return DocumentIssuing.EachAsync(statementIds, id => IssueAsync(id, series, cancellationToken));
    }

    private async Task<IssuedDocument> IssueAsync(Guid statementId, NumberSeriesLock.Existing series, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = finance.Today(now);
        await series.EnsureAsync(today.Year, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<IAppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var numbers = await NumberSeriesLock.LockAsync(db, NumberSeries.Payouts, today.Year, cancellationToken);
        var statement = await db.PayoutStatements.SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken) ?? throw Refusal.NotFound("The payout statement");
        if (statement.Kind == DocumentKind.CreditNote)
            throw Refusal.Conflict("A credit note is issued when its statement is voided, not on its own.");
        var expert = await db.Experts.AsNoTracking().SingleAsync(x => x.Id == statement.ExpertId, cancellationToken);
        statement.Issue(numbers, today, finance.PaymentTermDays, now);
        var pdf = BillingPdfs.Statement(services.GetRequiredService<IDocumentRenderer>(), finance, statement, expert, null);
        services.GetRequiredService<PayoutStatementMail>().Enqueue(statement, expert, pdf.Pdf, null);
        await DocumentIssuing.StoreAndCommitAsync(db, transaction, services.GetRequiredService<IFileStore>(), DocumentIssuing.StatementArea, statement, pdf, cancellationToken);
        return new IssuedDocument(statement.Id, statement.Number!);
    }
}
