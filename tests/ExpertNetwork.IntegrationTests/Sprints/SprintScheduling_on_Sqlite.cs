using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Sprints;

[Collection(DatabaseCollections.Sqlite)]
public sealed class SprintScheduling_on_Sqlite(DatabasesFixture databases) : SprintSchedulingTests(databases, DatabaseProvider.Sqlite);
