using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Compliance;

[Collection(DatabaseCollections.SqlServer)]
public sealed class NdaSigning_on_SqlServer(DatabasesFixture databases) : NdaSigningTests(databases, DatabaseProvider.SqlServer);
