using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Dashboard;

[Collection(DatabaseCollections.Sqlite)]
public sealed class Dashboard_on_Sqlite(DatabasesFixture databases) : DashboardTests(databases, DatabaseProvider.Sqlite);
