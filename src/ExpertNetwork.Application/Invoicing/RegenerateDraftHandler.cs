using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// Rebuilds a draft of either side from the approved hours of its period, in one transaction: the draft must still be
/// one (checked before any hour moves), then the side gives back its hours, claims and prices them again.
/// </summary>
public abstract class RegenerateDraftHandler<TCommand, TDocument>(IAppDbContext db, IQueryable<TDocument> documents)
    where TCommand : BillingDocumentRequest where TDocument : BillingDocument
{
    private protected IAppDbContext Db => db;

    public async Task HandleAsync(TCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var draft = await BillingDocuments.FindAsync(documents, command.Side, command.DocumentId, cancellationToken);
        draft.RequireRegenerable();
        await RebuildAsync(draft, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Gives the draft's hours back, claims what is billable now and replaces its lines, or refuses when nothing is left.</summary>
    private protected abstract Task RebuildAsync(TDocument draft, CancellationToken cancellationToken);
}
