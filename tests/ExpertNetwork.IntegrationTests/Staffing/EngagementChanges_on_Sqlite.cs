using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.Sqlite)]
public sealed class EngagementChanges_on_Sqlite(DatabasesFixture databases) : EngagementChangesTests(databases, DatabaseProvider.Sqlite);
