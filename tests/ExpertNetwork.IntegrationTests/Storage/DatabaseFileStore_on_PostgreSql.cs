using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Storage;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class DatabaseFileStore_on_PostgreSql(DatabasesFixture databases) : DatabaseFileStoreTests(databases, DatabaseProvider.PostgreSql);
