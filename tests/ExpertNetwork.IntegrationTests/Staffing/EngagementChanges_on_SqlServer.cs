using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.SqlServer)]
public sealed class EngagementChanges_on_SqlServer(DatabasesFixture databases) : EngagementChangesTests(databases, DatabaseProvider.SqlServer);
