using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ExpertNetwork.Infrastructure.Persistence;

/// <summary>Brings the schema up to date (migrations only, never EnsureCreated) and makes sure the staff roles exist.</summary>
public sealed partial class DatabaseInitializer(
    ExpertNetworkDbContext db, DatabaseSettings settings, RoleManager<IdentityRole> roles, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, settings.Provider, pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers carry on while a writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            // Refreshes the planner's statistics (sqlite_stat1) for tables that have grown or shrunk a lot since they were
            // last analysed, within a time limit SQLite sets itself: without them the expert search may walk a whole
            // index where one filter would have found a few rows (see docs/performance.md).
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
        }
        await EnsureRolesAsync();
        await FoldSearchTextAsync(cancellationToken);
    }

    /// <summary>
    /// Fills the folded search columns of experts stored before those columns existed (the migration adds them empty,
    /// since folding cannot be done in SQL on every provider). They are derived from the name and email, not a change
    /// anyone made, so they are written without audit events; from then on the Expert aggregate keeps them in step.
    /// </summary>
    public async Task<int> FoldSearchTextAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        while (true)
        {
            var batch = await db.Experts.AsNoTracking().Where(e => e.SearchName == "")
                .OrderBy(e => e.Id).Select(e => new { e.Id, e.FullName, e.Email }).Take(500).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                return done;
            foreach (var expert in batch)
            {
                var name = SearchText.Fold(expert.FullName);
                var email = SearchText.Fold(expert.Email);
                await db.Experts.Where(e => e.Id == expert.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.SearchName, name.Length > 0 ? name : "?").SetProperty(e => e.SearchEmail, email), cancellationToken);
            }
            done += batch.Count;
        }
    }

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken) =>
        (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();

    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded && !await roles.RoleExistsAsync(role))
                    throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to the {Provider} database")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, int count);
}
