using ExpertNetwork.Application.Common;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ExpertNetwork.Migrations.Sqlite;

/// <summary>Lets the EF tools build the model for this provider without starting the web app (no database is contacted).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ExpertNetworkDbContext>
{
    public ExpertNetworkDbContext CreateDbContext(string[] args)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db", Path.GetTempPath(), MigrateOnStartup: false);
        var options = new DbContextOptionsBuilder<ExpertNetworkDbContext>();
        DatabaseSetup.Configure(options, settings);
        return new ExpertNetworkDbContext(options.Options, new SystemActor("design-time"), new SystemClock());
    }
}
