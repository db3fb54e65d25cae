using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.SqlServer)]
public sealed class ExpertProfile_on_SqlServer(DatabasesFixture databases) : ExpertProfileTests(databases, DatabaseProvider.SqlServer);
