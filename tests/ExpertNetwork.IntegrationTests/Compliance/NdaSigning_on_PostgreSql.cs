using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Compliance;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class NdaSigning_on_PostgreSql(DatabasesFixture databases) : NdaSigningTests(databases, DatabaseProvider.PostgreSql);
