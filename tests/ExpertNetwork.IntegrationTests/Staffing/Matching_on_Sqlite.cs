using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.Sqlite)]
public sealed class Matching_on_Sqlite(DatabasesFixture databases) : MatchingTests(databases, DatabaseProvider.Sqlite);
