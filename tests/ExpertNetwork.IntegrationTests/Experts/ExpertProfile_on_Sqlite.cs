using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.Sqlite)]
public sealed class ExpertProfile_on_Sqlite(DatabasesFixture databases) : ExpertProfileTests(databases, DatabaseProvider.Sqlite);
