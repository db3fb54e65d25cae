using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Persistence;

[Collection(DatabaseCollections.SqlServer)]
public sealed class RoundTrips_on_SqlServer(DatabasesFixture databases) : RoundTripTests(databases, DatabaseProvider.SqlServer);
