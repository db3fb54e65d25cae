using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Persistence;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class OptimisticConcurrency_on_PostgreSql(DatabasesFixture databases) : OptimisticConcurrencyTests(databases, DatabaseProvider.PostgreSql);
