using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Infrastructure;

/// <summary>
/// A test against a real database of one provider: the database is emptied before the test and the test gets its own
/// application services, clock and actor. Abstract test classes derive from this once and are run per provider by a
/// sealed subclass for each (<c>..._on_Sqlite</c>, <c>..._on_PostgreSql</c>).
/// </summary>
public abstract class DatabaseTest(DatabasesFixture databases, DatabaseProvider provider) : IAsyncLifetime
{
    private AppServices? _app;
    private TestDatabase? _database;

    protected TestClock Clock { get; } = new();

    protected TestActor Actor { get; } = new();

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("The database is ready only once the test has been initialised.");

    protected AppServices App => _app ?? throw new InvalidOperationException("The services are ready only once the test has been initialised.");

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = databases.For(provider);
        await _database.ResetAsync(Cancellation);
        _app = AppServices.Create(_database.Settings, Clock, Actor);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    /// <summary>Adds the entities in one unit of work and saves them (with their audit events).</summary>
    protected Task SaveAsync(params object[] entities) => App.RunAsync(async services =>
    {
        var db = services.Db();
        db.AddRange(entities);
        await db.SaveChangesAsync(Cancellation);
    });

    /// <summary>Loads, changes and saves in one unit of work, as a use case does.</summary>
    protected Task ChangeAsync(Func<ExpertNetworkDbContext, Task> change) => App.RunAsync(async services =>
    {
        var db = services.Db();
        await change(db);
        await db.SaveChangesAsync(Cancellation);
    });

    /// <summary>Reads in a fresh unit of work, so nothing comes from a context's cache.</summary>
    protected Task<T> ReadAsync<T>(Func<ExpertNetworkDbContext, Task<T>> read) => App.RunAsync(services => read(services.Db()));

    /// <summary>
    /// The files stored in an area, in whichever store the provider uses by default: the database's StoredFiles rows,
    /// or the files under <paramref name="dataDirectory"/> (the test's data folder unless given).
    /// </summary>
    protected async Task<List<string>> StoredFilesAsync(string area, string? dataDirectory = null)
    {
        if (Database.Settings.FileStore == FileStoreKind.FileSystem)
        {
            var root = Path.Combine(dataDirectory ?? Database.Settings.DataDirectory, "files", area);
            return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order().ToList() : [];
        }
        return await ReadAsync(db => db.Set<StoredFileRecord>().Where(f => f.Area == area).OrderBy(f => f.Key).Select(f => f.Key).ToListAsync(Cancellation));
    }
}
