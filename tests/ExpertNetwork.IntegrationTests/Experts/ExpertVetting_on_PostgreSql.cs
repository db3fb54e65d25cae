using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class ExpertVetting_on_PostgreSql(DatabasesFixture databases) : ExpertVettingTests(databases, DatabaseProvider.PostgreSql);
