using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Administration;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class ApiKeys_on_PostgreSql(DatabasesFixture databases) : ApiKeyTests(databases, DatabaseProvider.PostgreSql);
