using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.Sqlite)]
public sealed class ExpertSearch_on_Sqlite(DatabasesFixture databases) : ExpertSearchTests(databases, DatabaseProvider.Sqlite);
