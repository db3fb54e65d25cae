using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Scheduling;

[Collection(DatabaseCollections.SqlServer)]
public sealed class ClusteredScheduler_on_SqlServer(DatabasesFixture databases) : ClusteredSchedulerTests(databases, DatabaseProvider.SqlServer);
