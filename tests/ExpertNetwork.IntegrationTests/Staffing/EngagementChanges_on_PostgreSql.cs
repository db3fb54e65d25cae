using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class EngagementChanges_on_PostgreSql(DatabasesFixture databases) : EngagementChangesTests(databases, DatabaseProvider.PostgreSql);
