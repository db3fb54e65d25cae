using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Email;

[Collection(DatabaseCollections.SqlServer)]
public sealed class Outbox_on_SqlServer(DatabasesFixture databases) : OutboxTests(databases, DatabaseProvider.SqlServer);
