using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Storage;

[Collection(DatabaseCollections.SqlServer)]
public sealed class DatabaseFileStore_on_SqlServer(DatabasesFixture databases) : DatabaseFileStoreTests(databases, DatabaseProvider.SqlServer);
