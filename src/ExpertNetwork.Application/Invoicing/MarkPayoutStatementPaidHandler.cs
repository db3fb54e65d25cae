using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Records the payment to the expert of an issued statement.</summary>
public sealed class MarkPayoutStatementPaidHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(Guid statementId, DateOnly paidOn, string? reference, CancellationToken cancellationToken)
    {
        var statement = await db.PayoutStatements.SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken) ?? throw Refusal.NotFound("The payout statement");
        statement.MarkPaid(paidOn, reference, clock.UtcNow);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale("The payout statement");
        }
    }
}
