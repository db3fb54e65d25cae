using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Persistence;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class RulesInSql_on_PostgreSql(DatabasesFixture databases) : RulesInSqlTests(databases, DatabaseProvider.PostgreSql);
