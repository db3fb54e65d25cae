using System.Diagnostics;
using ExpertNetwork.Benchmarks.Search;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ExpertNetwork.Benchmarks.Invoicing;

/// <summary>
/// The invoicing benchmark's databases. Each measured run changes the data (it claims every hour and issues every
/// document), so it gets a fresh copy of a loaded source: for SQLite a copy of a file kept under
/// <c>$TMPDIR/expertnetwork-bench</c>; for PostgreSQL a database created from a loaded template database in the
/// throwaway cluster, restored from a dump kept next to the SQLite file. Both are named by the data set's version and
/// the newest migration, so reruns skip generating and a schema change generates afresh.
/// </summary>
internal sealed class InvoicingDatabases : IAsyncDisposable
{
    private static readonly string CacheDirectory = Path.Combine(Path.GetTempPath(), "expertnetwork-bench");

    private PostgresServer? _postgres;
    private string? _templateDatabase;
    private string? _sqliteSource;
    private readonly List<string> _runDirectories = [];

    /// <summary>A database to measure on, loaded with the whole data set and used by nobody else.</summary>
    public async Task<DatabaseSettings> FreshCopyAsync(DatabaseProvider provider)
    {
        var runDirectory = Path.Combine(CacheDirectory, "invoicing-run-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(runDirectory);
        _runDirectories.Add(runDirectory);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                _sqliteSource ??= await SqliteSourceAsync();
                var file = Path.Combine(runDirectory, DatabaseSettings.SqliteFileName);
                File.Copy(_sqliteSource, file);
                return new DatabaseSettings(provider, new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 60 }.ToString(), runDirectory, false);
            case DatabaseProvider.PostgreSql:
                _templateDatabase ??= await PostgresTemplateAsync();
                var name = "invoicing_run_" + Guid.NewGuid().ToString("N")[..12];
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(_postgres!.AdminConnectionString!, $"CREATE DATABASE \"{name}\" TEMPLATE \"{_templateDatabase}\"");
                var connection = new NpgsqlConnectionStringBuilder(_postgres.AdminConnectionString) { Database = name, Pooling = true, Timeout = 30 }.ToString();
                return new DatabaseSettings(provider, connection, runDirectory, false);
            default:
                throw new NotSupportedException($"The invoicing benchmark does not run on {provider}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        foreach (var directory in _runDirectories.Where(Directory.Exists))
            Directory.Delete(directory, recursive: true);
        if (_postgres is not null)
            await _postgres.DisposeAsync();
    }

    private static string CacheKey(DbContextOptions<ExpertNetworkDbContext> options)
    {
        using var db = SearchDatabases.Context(options);
        return $"invoicing-{InvoicingDataSet.Version}-{db.Database.GetMigrations().Last()}";
    }

    private static async Task<string> SqliteSourceAsync()
    {
        Directory.CreateDirectory(CacheDirectory);
        var loading = Path.Combine(CacheDirectory, "invoicing-loading.db");
        var options = Options(new DatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = loading }.ToString(), CacheDirectory, false));
        var source = Path.Combine(CacheDirectory, CacheKey(options) + ".db");
        if (File.Exists(source))
            return source;
        File.Delete(loading);
        await LoadAsync(options, "SQLite");
        await using (var db = SearchDatabases.Context(options))
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            // One self-contained file to copy: no WAL beside it.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;");
        }
        SqliteConnection.ClearAllPools();
        File.Move(loading, source);
        return source;
    }

    private async Task<string> PostgresTemplateAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        if (_postgres.Unavailable is { } why)
            throw new InvalidOperationException(why);
        var connection = await _postgres.CreateDatabaseAsync("invoicing_template");
        var template = new NpgsqlConnectionStringBuilder(connection).Database!;
        var options = Options(new DatabaseSettings(DatabaseProvider.PostgreSql, connection, CacheDirectory, false));
        var dump = Path.Combine(CacheDirectory, CacheKey(options) + ".pgdump");
        if (File.Exists(dump))
        {
            var started = Stopwatch.StartNew();
            await RunAsync("pg_restore", [.. Target(connection), "--no-owner", "--exit-on-error", dump]);
            Console.WriteLine($"// PostgreSQL: data set restored from {Path.GetFileName(dump)} in {started.Elapsed.TotalSeconds:N0} s");
        }
        else
        {
            await LoadAsync(options, "PostgreSQL");
            await RunAsync("pg_dump", [.. Target(connection), "--format=custom", "--file", dump + ".partial"]);
            File.Move(dump + ".partial", dump, overwrite: true);
        }
        await ExecuteAsync(connection, "VACUUM ANALYZE;");
        return template;
    }

    private static string[] Target(string connection)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        return ["--host", builder.Host!, "--port", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", builder.Username!, "--dbname", builder.Database!];
    }

    private static async Task LoadAsync(DbContextOptions<ExpertNetworkDbContext> options, string name)
    {
        var started = Stopwatch.StartNew();
        await using (var db = SearchDatabases.Context(options))
            await db.Database.MigrateAsync();
        await InvoicingDataSet.LoadAsync(options, CancellationToken.None);
        await using (var db = SearchDatabases.Context(options))
        {
            Console.WriteLine($"// {name}: {await db.Clients.CountAsync():N0} clients, {await db.Projects.CountAsync():N0} projects, "
                + $"{await db.Experts.CountAsync():N0} experts, {await db.Engagements.CountAsync():N0} engagements, "
                + $"{await db.TimeEntries.CountAsync():N0} time entries generated in {started.Elapsed.TotalSeconds:N0} s");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {await error}{await output}");
    }

    private static DbContextOptions<ExpertNetworkDbContext> Options(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<ExpertNetworkDbContext>();
        DatabaseSetup.Configure(builder, settings);
        return builder.Options;
    }
}
