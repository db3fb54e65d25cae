using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace ExpertNetwork.IntegrationTests.Infrastructure;

/// <summary>
/// The databases of the run: a SQLite file in a temp folder, a database on a throwaway PostgreSQL server and, where
/// EXPERTNETWORK_TEST_SQLSERVER names a SQL Server (the pipeline's service container), a database there; each migrated
/// once. Without PostgreSQL the SQLite tests still run and the PostgreSQL ones skip (or fail, in CI). SQL Server cannot
/// be installed on every machine, so its tests run only where the variable is set.
/// </summary>
public sealed class DatabasesFixture : IAsyncLifetime
{
    public const string SqlServerVariable = "EXPERTNETWORK_TEST_SQLSERVER";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "expertnetwork-it-" + Guid.NewGuid().ToString("N")[..12]);
    private TestDatabase? _sqlite;
    private TestDatabase? _postgreSql;
    private string? _postgreSqlFailure;
    private TestDatabase? _sqlServer;
    private string? _sqlServerUnavailable;

    public PostgresServer? PostgresServer { get; private set; }

    /// <summary>Why there is no PostgreSQL database, or null when there is one.</summary>
    public string? PostgreSqlUnavailable => PostgresServer?.Unavailable ?? _postgreSqlFailure ?? (PostgresServer is null ? "PostgreSQL was not started" : null);

    /// <summary>The database of a provider; for PostgreSQL when it is unavailable, skips the test (or fails it in CI).</summary>
    public TestDatabase For(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql && PostgreSqlUnavailable is { } why)
            SuiteRequirements.Missing(why);
        if (provider == DatabaseProvider.SqlServer && _sqlServerUnavailable is { } notHere)
            Assert.Skip(notHere);
        return provider switch
        {
            DatabaseProvider.Sqlite => _sqlite,
            DatabaseProvider.PostgreSql => _postgreSql,
            DatabaseProvider.SqlServer => _sqlServer,
            _ => null,
        } ?? throw new InvalidOperationException($"There is no {provider} database in this run.");
    }

    /// <summary>
    /// A further, freshly migrated database of a server provider, for a test that needs one of its own (the scheduler
    /// cluster test must see Quartz provision its tables). Skips like <see cref="For"/> when the server is missing.
    /// </summary>
    public async Task<DatabaseSettings> CreateDatabaseAsync(DatabaseProvider provider, string prefix, CancellationToken cancellationToken)
    {
        string connectionString;
        if (provider == DatabaseProvider.PostgreSql)
        {
            if (PostgreSqlUnavailable is { } why)
                SuiteRequirements.Missing(why);
            connectionString = await PostgresServer!.CreateDatabaseAsync(prefix);
        }
        else if (provider == DatabaseProvider.SqlServer)
        {
            if (_sqlServerUnavailable is { } notHere)
                Assert.Skip(notHere);
            connectionString = await CreateSqlServerDatabaseAsync(Environment.GetEnvironmentVariable(SqlServerVariable)!, prefix, cancellationToken);
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(provider), provider, "Only server databases are created per test.");
        }
        var database = await TestDatabase.CreateAsync(new DatabaseSettings(provider, connectionString, _directory, false), cancellationToken);
        return database.Settings;
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
        var sqlServerReady = StartSqlServerAsync(cancellationToken);
        await Task.WhenAll(sqliteReady, (Task)postgresReady, sqlServerReady);
        _sqlite = await sqliteReady;
        _postgreSql = await postgresReady;
        _sqlServer = await sqlServerReady;
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

    private async Task<TestDatabase?> StartSqlServerAsync(CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(SqlServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            _sqlServerUnavailable = $"SQL Server tests run where {SqlServerVariable} names a server (the CI pipeline's service container)";
            return null;
        }
        try
        {
            var connectionString = await CreateSqlServerDatabaseAsync(server, "expertnetwork_it", cancellationToken);
            return await TestDatabase.CreateAsync(new DatabaseSettings(DatabaseProvider.SqlServer, connectionString, _directory, false), cancellationToken);
        }
        catch (SqlException ex)
        {
            _sqlServerUnavailable = $"The SQL Server named by {SqlServerVariable} could not be used: {ex.Message}";
            if (SuiteRequirements.RequireAll)
                throw;
            return null;
        }
    }

    private static async Task<string> CreateSqlServerDatabaseAsync(string server, string prefix, CancellationToken cancellationToken)
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new SqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new SqlCommand($"CREATE DATABASE [{name}]", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ToString();
    }
}
