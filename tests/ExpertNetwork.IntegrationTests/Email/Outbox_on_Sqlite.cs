using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Email;

[Collection(DatabaseCollections.Sqlite)]
public sealed class Outbox_on_Sqlite(DatabasesFixture databases) : OutboxTests(databases, DatabaseProvider.Sqlite);
