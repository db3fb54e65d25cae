using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Scheduling;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class ClusteredScheduler_on_PostgreSql(DatabasesFixture databases) : ClusteredSchedulerTests(databases, DatabaseProvider.PostgreSql);
