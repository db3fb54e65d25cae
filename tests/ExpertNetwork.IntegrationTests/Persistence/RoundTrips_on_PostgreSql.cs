using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Persistence;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class RoundTrips_on_PostgreSql(DatabasesFixture databases) : RoundTripTests(databases, DatabaseProvider.PostgreSql);
