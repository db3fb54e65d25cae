using ExpertNetwork.Benchmarks.Search;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Benchmarks.Matching;

/// <summary>
/// The matching benchmark's databases, one per provider for the process: the SQLite file is kept under the temp folder
/// and reused when complete; PostgreSQL runs in a throwaway cluster loaded afresh (as <see cref="SearchDatabases"/>).
/// </summary>
internal static class MatchDatabases
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<DatabaseProvider, DbContextOptions<ExpertNetworkDbContext>> Ready = [];
    private static PostgresServer? s_postgres;

    public static string SqliteFile { get; } = Path.Combine(Path.GetTempPath(), "expertnetwork-bench", "match-100k-v1.db");

    public static async Task<DbContextOptions<ExpertNetworkDbContext>> GetAsync(DatabaseProvider provider)
    {
        await Gate.WaitAsync();
        try
        {
            if (Ready.TryGetValue(provider, out var ready))
                return ready;
            var options = provider switch
            {
                DatabaseProvider.Sqlite => await SqliteAsync(),
                DatabaseProvider.PostgreSql => await PostgresAsync(),
                _ => throw new NotSupportedException($"The matching benchmark does not run on {provider}."),
            };
            Ready[provider] = options;
            return options;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<DbContextOptions<ExpertNetworkDbContext>> SqliteAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SqliteFile)!);
        var connection = new SqliteConnectionStringBuilder { DataSource = SqliteFile }.ToString();
        var options = Options(new DatabaseSettings(DatabaseProvider.Sqlite, connection, Path.GetDirectoryName(SqliteFile)!, true));
        await using (var db = SearchDatabases.Context(options))
        {
            var complete = File.Exists(SqliteFile) && !(await db.Database.GetPendingMigrationsAsync()).Any()
                && await db.Engagements.CountAsync() == MatchDataSet.Engagements;
            if (complete)
                return options;
        }
        SqliteConnection.ClearAllPools();
        File.Delete(SqliteFile);
        await LoadAsync(options, "SQLite");
        await using (var db = SearchDatabases.Context(options))
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
        return options;
    }

    private static async Task<DbContextOptions<ExpertNetworkDbContext>> PostgresAsync()
    {
        s_postgres = await PostgresServer.StartAsync();
        if (s_postgres.Unavailable is { } why)
            throw new InvalidOperationException(why);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => s_postgres.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(await s_postgres.CreateDatabaseAsync("match_bench")) { Options = "-c random_page_cost=1.1" }.ToString();
        var options = Options(new DatabaseSettings(DatabaseProvider.PostgreSql, connection, Path.GetTempPath(), true));
        await LoadAsync(options, "PostgreSQL");
        await using (var db = SearchDatabases.Context(options))
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE;");
        return options;
    }

    private static async Task LoadAsync(DbContextOptions<ExpertNetworkDbContext> options, string name)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using (var db = SearchDatabases.Context(options))
            await db.Database.MigrateAsync();
        await MatchDataSet.LoadAsync(options, CancellationToken.None);
        await using (var db = SearchDatabases.Context(options))
        {
            Console.WriteLine($"// {name}: {await db.Experts.CountAsync():N0} experts, {await db.NdaAgreements.CountAsync():N0} NDAs, "
                + $"{await db.Engagements.CountAsync():N0} engagements loaded in {started.Elapsed.TotalSeconds:N0} s");
        }
    }

    private static DbContextOptions<ExpertNetworkDbContext> Options(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<ExpertNetworkDbContext>();
        DatabaseSetup.Configure(builder, settings);
        return builder.Options;
    }
}
