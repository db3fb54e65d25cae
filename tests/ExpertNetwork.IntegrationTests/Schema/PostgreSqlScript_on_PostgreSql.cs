using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Time;
using ExpertNetwork.IntegrationTests.Infrastructure;
using ExpertNetwork.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ExpertNetwork.IntegrationTests.Schema;

/// <summary>The DBA's path for PostgreSQL: the idempotent script, run by hand on an empty database (and again).</summary>
public sealed class PostgreSqlScript_on_PostgreSql(DatabasesFixture databases)
{
    [Fact]
    public async Task The_script_builds_the_migrated_schema_on_an_empty_database_and_can_be_run_again()
    {
        if (databases.PostgreSqlUnavailable is { } why)
            SuiteRequirements.Missing(why);
        var cancellationToken = TestContext.Current.CancellationToken;
        var connectionString = await databases.PostgresServer!.CreateDatabaseAsync("expertnetwork_dba");
        var script = DbaScriptTests.Generate(DatabaseProvider.PostgreSql);

        await RunAsync(connectionString, script, cancellationToken);
        await RunAsync(connectionString, script, cancellationToken);

        var options = new DbContextOptionsBuilder<ExpertNetworkDbContext>();
        DatabaseSetup.Configure(options, new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString, Path.GetTempPath(), false));
        await using var db = new ExpertNetworkDbContext(options.Options, new SystemActor("dba"), new SystemClock());
        (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ShouldBe(db.Database.GetMigrations());
        var head = await db.AuditChainHeads.SingleAsync(cancellationToken);
        (head.LastSequence, head.LastHash).ShouldBe((0L, AuditEvent.GenesisHash));
    }

    private static async Task RunAsync(string connectionString, string script, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(script, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
