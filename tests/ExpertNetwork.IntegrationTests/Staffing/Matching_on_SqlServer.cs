using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.SqlServer)]
public sealed class Matching_on_SqlServer(DatabasesFixture databases) : MatchingTests(databases, DatabaseProvider.SqlServer);
