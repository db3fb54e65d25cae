using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Persistence;

[Collection(DatabaseCollections.Sqlite)]
public sealed class OptimisticConcurrency_on_Sqlite(DatabasesFixture databases) : OptimisticConcurrencyTests(databases, DatabaseProvider.Sqlite);
