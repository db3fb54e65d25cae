using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Compliance;

[Collection(DatabaseCollections.Sqlite)]
public sealed class NdaSigning_on_Sqlite(DatabasesFixture databases) : NdaSigningTests(databases, DatabaseProvider.Sqlite);
