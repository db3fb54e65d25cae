using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.SqlServer)]
public sealed class ExpertSearch_on_SqlServer(DatabasesFixture databases) : ExpertSearchTests(databases, DatabaseProvider.SqlServer);
