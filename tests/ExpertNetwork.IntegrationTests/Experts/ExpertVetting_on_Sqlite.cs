using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.Sqlite)]
public sealed class ExpertVetting_on_Sqlite(DatabasesFixture databases) : ExpertVettingTests(databases, DatabaseProvider.Sqlite);
