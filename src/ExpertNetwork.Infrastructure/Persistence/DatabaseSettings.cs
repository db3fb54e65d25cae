using ExpertNetwork.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace ExpertNetwork.Infrastructure.Persistence;

/// <summary>
/// Which database to use, read once from configuration: <c>Database:Provider</c> (Sqlite | SqlServer | PostgreSql,
/// default Sqlite) and <c>ConnectionStrings:ExpertNetwork</c>. With SQLite and no connection string the database is
/// a file in the data folder (<c>Storage:DataDirectory</c>, default "data" beside the app's content).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory, bool MigrateOnStartup)
{
    public const string ConnectionStringName = "ExpertNetwork";
    public const string SqliteFileName = "expertnetwork.db";

    public bool IsEmbedded => Provider == DatabaseProvider.Sqlite;

    /// <summary>
    /// Where files go (<c>Storage:Provider</c>): by default the database on SQL Server and PostgreSQL, which several nodes
    /// share, and the data folder with the embedded SQLite database, which serves one node. See decision 0014.
    /// </summary>
    public FileStoreKind FileStore { get; init; } = Provider == DatabaseProvider.Sqlite ? FileStoreKind.FileSystem : FileStoreKind.Database;

    public string FilesDirectory => Path.Combine(DataDirectory, "files");

    public string MigrationsAssembly => Provider switch
    {
        DatabaseProvider.Sqlite => "ExpertNetwork.Migrations.Sqlite",
        DatabaseProvider.SqlServer => "ExpertNetwork.Migrations.SqlServer",
        _ => "ExpertNetwork.Migrations.PostgreSql",
    };

    public static string ResolveDataDirectory(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Storage:DataDirectory"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(contentRoot, "data") : Path.Combine(contentRoot, configured));
    }

    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRoot, bool isProduction)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerName = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerName))
            provider = DatabaseProvider.Sqlite;
        else if (!Enum.TryParse(providerName.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider) || int.TryParse(providerName, out _))
            throw new ConfigurationException(
                $"Database:Provider is '{providerName}', which is not supported. Use Sqlite (the default), SqlServer or PostgreSql.");

        var dataDirectory = ResolveDataDirectory(configuration, contentRoot);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
                throw new ConfigurationException(
                    $"Database:Provider is {provider} but ConnectionStrings:{ConnectionStringName} is empty. Set it (for example with the environment variable ConnectionStrings__{ConnectionStringName}).");
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataDirectory, SqliteFileName),
                DefaultTimeout = 30,
            }.ToString();
        }

        // The embedded database is always brought up to date at start; a server database only when asked,
        // and never in Production, where the `migrate` verb is the deliberate step.
        var migrateServer = configuration.GetValue("Database:MigrateOnStartup", false) && !isProduction;
        var settings = new DatabaseSettings(provider, connectionString, dataDirectory, provider == DatabaseProvider.Sqlite || migrateServer);
        var storeName = configuration["Storage:Provider"];
        if (string.IsNullOrWhiteSpace(storeName))
            return settings;
        if (!Enum.TryParse(storeName.Trim(), ignoreCase: true, out FileStoreKind store) || !Enum.IsDefined(store) || int.TryParse(storeName, out _))
            throw new ConfigurationException(
                $"Storage:Provider is '{storeName}', which is not supported. Use Database (files in the database, which every node shares) or FileSystem (files in the data folder, for one node).");
        return settings with { FileStore = store };
    }
}
