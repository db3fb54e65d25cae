using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// Gap-free numbering: the issuing transaction first writes to its series row, which holds the row's write lock (or
/// SQLite's database write lock) until it commits or rolls back. Concurrent issuers queue on that lock and each reads
/// the number the previous one committed; a rolled-back issue returns its number with the rollback, so no gap appears.
/// </summary>
internal static class NumberSeriesLock
{
    /// <summary>Creates the series for the prefix and year in its own unit of work if it does not exist yet; a concurrent creation is fine.</summary>
    public static async Task EnsureAsync(IServiceScopeFactory scopes, string prefix, int year, CancellationToken cancellationToken)
    {
        var key = NumberSeries.KeyFor(prefix, year);
        for (var attempt = 0; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            if (await db.NumberSeries.AnyAsync(s => s.Key == key, cancellationToken))
                return;
            db.NumberSeries.Add(NumberSeries.Start(prefix, year));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (attempt < 3 && (ex is DbUpdateException || DocumentIssuing.IsTransient(ex)))
            {
                // Another issuer created the series at the same moment (unique key), or this insert waited on an issuer
                // already numbering from it and was chosen as the deadlock victim: look again in a fresh unit of work.
            }
        }
    }

    /// <summary>
    /// The series rows one issuing call has already seen exist, so the check (a unit of work and a round trip of its own)
    /// is made once per call and year rather than once per document. Series rows are never deleted, and the lock still
    /// refuses to number from a row that is not there.
    /// </summary>
    public sealed class Existing(IServiceScopeFactory scopes, string prefix)
    {
        private readonly HashSet<int> years = [];

        public async Task EnsureAsync(int year, CancellationToken cancellationToken)
        {
            if (years.Contains(year))
                return;
            await NumberSeriesLock.EnsureAsync(scopes, prefix, year, cancellationToken);
            years.Add(year);
        }
    }

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
}
