using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Sprints;

[Collection(DatabaseCollections.SqlServer)]
public sealed class SprintScheduling_on_SqlServer(DatabasesFixture databases) : SprintSchedulingTests(databases, DatabaseProvider.SqlServer);
