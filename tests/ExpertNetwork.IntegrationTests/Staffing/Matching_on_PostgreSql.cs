using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class Matching_on_PostgreSql(DatabasesFixture databases) : MatchingTests(databases, DatabaseProvider.PostgreSql);
