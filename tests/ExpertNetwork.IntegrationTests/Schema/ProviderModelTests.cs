using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Schema;

public sealed class ProviderModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void The_migrations_of_each_provider_are_up_to_date_with_the_model(DatabaseProvider provider)
    {
        using var db = DesignTimeContexts.Create(provider);

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"The model has changed since the last {provider} migration. Add the same-named migration to all three providers " +
            $"(dotnet ef migrations add <Name> --project db/ExpertNetwork.Migrations.{provider} --startup-project db/ExpertNetwork.Migrations.{provider}).");
    }

    [Fact]
    public void Every_provider_has_the_same_migrations()
    {
        var names = Enum.GetValues<DatabaseProvider>().ToDictionary(p => p, p =>
        {
            using var db = DesignTimeContexts.Create(p);
            return db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
        });

        names[DatabaseProvider.Sqlite].ShouldNotBeEmpty();
        names[DatabaseProvider.SqlServer].ShouldBe(names[DatabaseProvider.Sqlite]);
        names[DatabaseProvider.PostgreSql].ShouldBe(names[DatabaseProvider.Sqlite]);
    }
}
