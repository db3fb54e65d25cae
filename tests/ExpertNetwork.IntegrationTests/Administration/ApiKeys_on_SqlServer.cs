using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Administration;

[Collection(DatabaseCollections.SqlServer)]
public sealed class ApiKeys_on_SqlServer(DatabasesFixture databases) : ApiKeyTests(databases, DatabaseProvider.SqlServer);
