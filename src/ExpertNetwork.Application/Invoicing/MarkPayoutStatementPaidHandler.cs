using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

public sealed record MarkPayoutStatementPaidCommand(Guid StatementId, DateOnly PaidOn, string? Reference);

/// <summary>Records the payment to the expert of an issued statement.</summary>
public sealed class MarkPayoutStatementPaidHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(MarkPayoutStatementPaidCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var statement = await db.PayoutStatements.SingleOrDefaultAsync(s => s.Id == command.StatementId, cancellationToken) ?? throw Refusal.NotFound("The payout statement");
        statement.MarkPaid(command.PaidOn, command.Reference, clock.UtcNow);
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
