using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Sprints;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class SprintScheduling_on_PostgreSql(DatabasesFixture databases) : SprintSchedulingTests(databases, DatabaseProvider.PostgreSql);
