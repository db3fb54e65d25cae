using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Persistence;

[Collection(DatabaseCollections.Sqlite)]
public sealed class RulesInSql_on_Sqlite(DatabasesFixture databases) : RulesInSqlTests(databases, DatabaseProvider.Sqlite);
