using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

public sealed record RegeneratePayoutStatementCommand(Guid StatementId);

/// <summary>Rebuilds a draft payout statement's lines from the expert's approved hours of its period.</summary>
/// <remarks>
/// Claims the expert's approved hours of the period that are on no statement (limited to the drafting run's client, if
/// it had one) and keeps those in the statement's currency; hours in other currencies go back for their own statement.
/// </remarks>
public sealed class RegeneratePayoutStatementHandler(IAppDbContext db)
{
    public async Task HandleAsync(RegeneratePayoutStatementCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var statementId = command.StatementId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var statement = await db.PayoutStatements.SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken) ?? throw Refusal.NotFound("The payout statement");
        if (statement.Status != DocumentStatus.Draft)
            throw Refusal.Conflict($"Payout statement {statement.Number} is {statement.Status.ToString().ToLowerInvariant()}; only a draft can be regenerated.");
        var clientId = statement.RunId is { } runId
            ? await db.InvoiceRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => r.ClientId).SingleOrDefaultAsync(cancellationToken)
            : null;
        await BillingClaims.ReleaseAllAsync(db, BillingSide.Payout, statement.Id, cancellationToken);
        await BillingClaims.ClaimAsync(BillingSide.Payout, BillingClaims.OfExpert(db, statement.ExpertId, statement.Period, clientId), statement.Id, cancellationToken);
        var (currencies, _) = await InvoiceDrafting.PriceStatementAsync(db, statement.ExpertId, statement.Id, cancellationToken);
        var mine = currencies.SingleOrDefault(c => c.Currency == statement.Currency);
        var others = currencies.Where(c => c.Currency != statement.Currency).SelectMany(c => c.EntryIds).ToList();
        if (others.Count > 0)
            await BillingClaims.ReleaseAsync(db, BillingSide.Payout, [statement.Id], others, cancellationToken);
        if (mine is null || mine.Lines.Count == 0)
            throw Refusal.Conflict($"No approved hours in {statement.Currency} remain unpaid for this expert from {statement.Period}; discard this draft instead.");
        BillingClaims.AuditClaimed(db, BillingSide.Payout, statement.Id, mine.EntryIds);
        statement.ReplaceLines(mine.Lines);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
