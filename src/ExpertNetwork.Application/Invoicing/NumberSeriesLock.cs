using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// Gap-free numbering: the issuing transaction first writes to its series row, which holds the row's write lock (or
/// SQLite's database write lock) until it commits or rolls back. Concurrent issuers queue on that lock and each reads
/// the number the previous one committed; a rolled-back issue returns its number with the rollback, so no gap appears.
/// </summary>
internal static class NumberSeriesLock
{
    public const string BusyMessage = "Many documents are being numbered at this moment. Nothing was issued: please try again.";

    /// <summary>
    /// Creates the series for the prefix and year in its own unit of work if it does not exist yet. Another issuer
    /// creating it at the same moment (the unique key refuses the second insert), or this insert chosen as a deadlock
    /// victim while an issuer numbers from it, means: look again on fresh data.
    /// </summary>
    public static Task EnsureAsync(FreshAttempts attempts, string prefix, int year, CancellationToken cancellationToken) =>
        attempts.RunAsync<Start>(new FreshAttemptPolicy("start number series", 4, BusyMessage, ex => ex is DbUpdateException),
            (start, ct) => start.EnsureAsync(prefix, year, ct), cancellationToken);

    /// <summary>Takes the series row's write lock in the current transaction, then loads it for allocating.</summary>
    public static async Task<NumberSeries> LockAsync(IAppDbContext db, string prefix, int year, CancellationToken cancellationToken)
    {
        var key = NumberSeries.KeyFor(prefix, year);
        var touched = await db.NumberSeries.Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        if (touched == 0)
            throw new InvalidOperationException($"The number series {key} does not exist.");
        return await db.NumberSeries.SingleAsync(s => s.Key == key, cancellationToken);
    }

    /// <summary>One attempt at starting a series.</summary>
    internal sealed class Start(IAppDbContext db)
    {
        public async Task EnsureAsync(string prefix, int year, CancellationToken cancellationToken)
        {
            var key = NumberSeries.KeyFor(prefix, year);
            if (await db.NumberSeries.AnyAsync(s => s.Key == key, cancellationToken))
                return;
            db.NumberSeries.Add(NumberSeries.Start(prefix, year));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
