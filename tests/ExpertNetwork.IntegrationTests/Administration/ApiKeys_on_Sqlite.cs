using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Administration;

[Collection(DatabaseCollections.Sqlite)]
public sealed class ApiKeys_on_Sqlite(DatabasesFixture databases) : ApiKeyTests(databases, DatabaseProvider.Sqlite);
