using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Persistence;

[Collection(DatabaseCollections.SqlServer)]
public sealed class RulesInSql_on_SqlServer(DatabasesFixture databases) : RulesInSqlTests(databases, DatabaseProvider.SqlServer);
