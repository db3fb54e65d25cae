using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Persistence;

[Collection(DatabaseCollections.Sqlite)]
public sealed class RoundTrips_on_Sqlite(DatabasesFixture databases) : RoundTripTests(databases, DatabaseProvider.Sqlite);
