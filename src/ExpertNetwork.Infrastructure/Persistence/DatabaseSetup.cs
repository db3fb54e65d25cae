using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Infrastructure.Persistence;

/// <summary>The one place that knows provider differences: which EF provider and which migrations assembly.</summary>
public static class DatabaseSetup
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteDirectory(settings.ConnectionString);
                options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(settings.MigrationsAssembly));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(settings.ConnectionString, o => o.MigrationsAssembly(settings.MigrationsAssembly));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(settings.MigrationsAssembly));
                break;
            default:
                throw new ConfigurationException($"Unsupported database provider {settings.Provider}.");
        }
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return;
        var directory = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
    }
}
