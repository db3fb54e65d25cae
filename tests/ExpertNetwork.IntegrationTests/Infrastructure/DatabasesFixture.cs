using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ExpertNetwork.IntegrationTests.Infrastructure;

/// <summary>
/// The databases of the run: a SQLite file in a temp folder and a database on a throwaway PostgreSQL server, both
/// migrated once. Without PostgreSQL the SQLite tests still run and the PostgreSQL ones skip (or fail, in CI).
/// </summary>
public sealed class DatabasesFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "expertnetwork-it-" + Guid.NewGuid().ToString("N")[..12]);
    private TestDatabase? _sqlite;
    private TestDatabase? _postgreSql;
    private string? _postgreSqlFailure;

    public PostgresServer? PostgresServer { get; private set; }

    /// <summary>Why there is no PostgreSQL database, or null when there is one.</summary>
    public string? PostgreSqlUnavailable => PostgresServer?.Unavailable ?? _postgreSqlFailure ?? (PostgresServer is null ? "PostgreSQL was not started" : null);

    /// <summary>The database of a provider; for PostgreSQL when it is unavailable, skips the test (or fails it in CI).</summary>
    public TestDatabase For(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql && PostgreSqlUnavailable is { } why)
            SuiteRequirements.Missing(why);
        return provider switch
        {
            DatabaseProvider.Sqlite => _sqlite,
            DatabaseProvider.PostgreSql => _postgreSql,
            _ => null,
        } ?? throw new InvalidOperationException($"There is no {provider} database in this run.");
    }

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_directory);
        var sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_directory, DatabaseSettings.SqliteFileName),
            // Concurrent writers wait (up to 30 s, also the library's default) for SQLite's single write lock instead of
            // failing with "database is locked"; the concurrent-save test relies on it, so it is spelled out.
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
        var sqliteReady = TestDatabase.CreateAsync(new DatabaseSettings(DatabaseProvider.Sqlite, sqlite, _directory, false), cancellationToken);
        var postgresReady = StartPostgreSqlAsync(cancellationToken);
        await Task.WhenAll(sqliteReady, (Task)postgresReady);
        _sqlite = await sqliteReady;
        _postgreSql = await postgresReady;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (PostgresServer is not null)
            await PostgresServer.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private async Task<TestDatabase?> StartPostgreSqlAsync(CancellationToken cancellationToken)
    {
        PostgresServer = await PostgresServer.StartAsync();
        if (PostgresServer.Unavailable is not null)
            return null;
        try
        {
            var connectionString = await PostgresServer.CreateDatabaseAsync("expertnetwork_it");
            return await TestDatabase.CreateAsync(new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString, _directory, false), cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            // E.g. EXPERTNETWORK_TEST_POSTGRES names a server that is down: the PostgreSQL tests say so, the SQLite ones still run.
            _postgreSqlFailure = $"The PostgreSQL server could not be used: {ex.Message}";
            return null;
        }
    }
}
