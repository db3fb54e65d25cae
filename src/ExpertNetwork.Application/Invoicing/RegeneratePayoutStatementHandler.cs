using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

public sealed record RegeneratePayoutStatementCommand(Guid StatementId) : BillingDocumentRequest(BillingSide.Payout, StatementId);

/// <summary>Rebuilds a draft payout statement's lines from the expert's approved hours of its period.</summary>
/// <remarks>
/// Claims the expert's approved hours of the period that are on no statement (limited to the drafting run's client, if
/// it had one) and keeps those in the statement's currency; hours in other currencies go back for their own statement.
/// </remarks>
public sealed class RegeneratePayoutStatementHandler(IAppDbContext db) : RegenerateDraftHandler<RegeneratePayoutStatementCommand, PayoutStatement>(db, db.PayoutStatements)
{
    private protected override async Task RebuildAsync(PayoutStatement statement, CancellationToken cancellationToken)
    {
        var clientId = statement.RunId is { } runId
            ? await Db.InvoiceRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => r.ClientId).SingleOrDefaultAsync(cancellationToken)
            : null;
        await BillingClaims.ReleaseAllAsync(Db, BillingSide.Payout, statement.Id, cancellationToken);
        await BillingClaims.ClaimAsync(BillingSide.Payout, BillingClaims.OfExpert(Db, statement.ExpertId, statement.Period, clientId), statement.Id, cancellationToken);
        var (currencies, _) = await InvoiceDrafting.PriceStatementAsync(Db, statement.ExpertId, statement.Id, cancellationToken);
        var mine = currencies.SingleOrDefault(c => c.Currency == statement.Currency);
        var others = currencies.Where(c => c.Currency != statement.Currency).SelectMany(c => c.EntryIds).ToList();
        if (others.Count > 0)
            await BillingClaims.ReleaseAsync(Db, BillingSide.Payout, [statement.Id], others, cancellationToken);
        if (mine is null || mine.Lines.Count == 0)
            throw Refusal.Conflict($"No approved hours in {statement.Currency} remain unpaid for this expert from {statement.Period}; discard this draft instead.");
        BillingClaims.AuditClaimed(Db, BillingSide.Payout, statement.Id, mine.EntryIds);
        statement.ReplaceLines(mine.Lines);
    }
}
