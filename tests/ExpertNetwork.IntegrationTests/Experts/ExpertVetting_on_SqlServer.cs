using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.SqlServer)]
public sealed class ExpertVetting_on_SqlServer(DatabasesFixture databases) : ExpertVettingTests(databases, DatabaseProvider.SqlServer);
