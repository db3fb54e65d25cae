using ExpertNetwork.Infrastructure.Persistence;

namespace ExpertNetwork.IntegrationTests.Schema;

/// <summary>The context each provider's migrations assembly builds for the EF tools (no database is contacted).</summary>
public static class DesignTimeContexts
{
    public static ExpertNetworkDbContext Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new Migrations.Sqlite.DesignTimeDbContextFactory().CreateDbContext([]),
        DatabaseProvider.SqlServer => new Migrations.SqlServer.DesignTimeDbContextFactory().CreateDbContext([]),
        DatabaseProvider.PostgreSql => new Migrations.PostgreSql.DesignTimeDbContextFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}
