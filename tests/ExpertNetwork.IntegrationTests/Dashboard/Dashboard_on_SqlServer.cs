using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Dashboard;

[Collection(DatabaseCollections.SqlServer)]
public sealed class Dashboard_on_SqlServer(DatabasesFixture databases) : DashboardTests(databases, DatabaseProvider.SqlServer);
