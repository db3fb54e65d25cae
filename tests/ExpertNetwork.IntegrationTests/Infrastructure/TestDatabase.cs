using System.Data.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Time;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

namespace ExpertNetwork.IntegrationTests.Infrastructure;

/// <summary>One migrated database of one provider, emptied by Respawn before each test.</summary>
public sealed class TestDatabase
{
    // Migration bookkeeping stays. Roles are created once after migrating, as the app does at start. The chain head
    // is a singleton row that the migration seeds; deleting it would leave the trail to its fallback path (re-creating
    // the row on the first write), so it is reset to genesis instead.
    private static readonly Respawn.Graph.Table[] KeptTables = ["__EFMigrationsHistory", "__EFMigrationsLock", "AspNetRoles", "AuditChainHeads"];

    private readonly Respawner _respawner;
    private readonly DbContextOptions<ExpertNetworkDbContext> _options;

    private TestDatabase(DatabaseSettings settings, Respawner respawner, DbContextOptions<ExpertNetworkDbContext> options)
    {
        Settings = settings;
        _respawner = respawner;
        _options = options;
    }

    public DatabaseSettings Settings { get; }

    /// <summary>Migrates the database the way the app does at start (migrations, never EnsureCreated; roles) and prepares Respawn.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using (var services = AppServices.Create(settings, new SystemClock(), new SystemActor("integration-tests")))
        {
            await services.RunAsync(sp => sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken));
        }

        var options = new DbContextOptionsBuilder<ExpertNetworkDbContext>();
        DatabaseSetup.Configure(options, settings);

        await using var connection = CreateConnection(settings);
        await connection.OpenAsync(cancellationToken);
        var respawner = await Respawner.CreateAsync(connection, settings.Provider switch
        {
            DatabaseProvider.Sqlite => new RespawnerOptions { DbAdapter = DbAdapter.Sqlite, TablesToIgnore = KeptTables },
            DatabaseProvider.PostgreSql => new RespawnerOptions { DbAdapter = DbAdapter.Postgres, SchemasToInclude = ["public"], TablesToIgnore = KeptTables },
            DatabaseProvider.SqlServer => new RespawnerOptions { DbAdapter = DbAdapter.SqlServer, SchemasToInclude = ["dbo"], TablesToIgnore = KeptTables },
            _ => throw new NotSupportedException($"The integration suite does not run on {settings.Provider}."),
        });
        return new TestDatabase(settings, respawner, options.Options);
    }

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await using (var connection = CreateResetConnection(Settings))
        {
            await connection.OpenAsync(cancellationToken);
            await _respawner.ResetAsync(connection);
        }

        await using var db = NewDbContext();
        var reset = await db.AuditChainHeads
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(h => h.LastSequence, 0L)
                .SetProperty(h => h.LastHash, AuditEvent.GenesisHash)
                .SetProperty(h => h.LockCounter, 0L), cancellationToken);
        if (reset == 0)
        {
            // A test removed the row on purpose; put the migration's genesis row back.
            db.AuditChainHeads.Add(AuditChainHead.Genesis());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A context outside any test's services, for setup and for tampering with stored rows.</summary>
    public ExpertNetworkDbContext NewDbContext() => new(_options, new SystemActor("integration-tests"), new SystemClock());

    /// <summary>
    /// Respawn's SQLite script turns foreign keys off with a PRAGMA, but runs it inside its transaction, where SQLite
    /// ignores that PRAGMA; Specialties' self-reference (ON DELETE RESTRICT, checked row by row) then fails the wipe.
    /// So the SQLite connection is opened with foreign keys off, and unpooled so the setting dies with it.
    /// </summary>
    private static DbConnection CreateResetConnection(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(new SqliteConnectionStringBuilder(settings.ConnectionString) { ForeignKeys = false, Pooling = false }.ToString())
        : CreateConnection(settings);

    private static DbConnection CreateConnection(DatabaseSettings settings) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(settings.ConnectionString),
        DatabaseProvider.PostgreSql => new NpgsqlConnection(settings.ConnectionString),
        DatabaseProvider.SqlServer => new SqlConnection(settings.ConnectionString),
        _ => throw new NotSupportedException($"The integration suite does not run on {settings.Provider}."),
    };
}
