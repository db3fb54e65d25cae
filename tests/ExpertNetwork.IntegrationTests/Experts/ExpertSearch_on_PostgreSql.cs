using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class ExpertSearch_on_PostgreSql(DatabasesFixture databases) : ExpertSearchTests(databases, DatabaseProvider.PostgreSql);
