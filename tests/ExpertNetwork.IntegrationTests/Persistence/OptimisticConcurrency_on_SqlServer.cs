using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Persistence;

[Collection(DatabaseCollections.SqlServer)]
public sealed class OptimisticConcurrency_on_SqlServer(DatabasesFixture databases) : OptimisticConcurrencyTests(databases, DatabaseProvider.SqlServer);
