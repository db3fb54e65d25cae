using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Email;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class Outbox_on_PostgreSql(DatabasesFixture databases) : OutboxTests(databases, DatabaseProvider.PostgreSql);
