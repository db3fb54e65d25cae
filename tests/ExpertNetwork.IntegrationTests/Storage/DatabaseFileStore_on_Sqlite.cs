using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Storage;

[Collection(DatabaseCollections.Sqlite)]
public sealed class DatabaseFileStore_on_Sqlite(DatabasesFixture databases) : DatabaseFileStoreTests(databases, DatabaseProvider.Sqlite);
