using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Deletes a draft payout statement and gives its hours back.</summary>
public sealed class DiscardPayoutStatementDraftHandler(IAppDbContext db)
{
    public async Task HandleAsync(Guid statementId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var statement = await db.PayoutStatements.SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken) ?? throw Refusal.NotFound("The payout statement");
        statement.Discard();
        await BillingClaims.ReleaseAllFromStatementAsync(db, statement.Id, cancellationToken);
        db.PayoutStatements.Remove(statement);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
