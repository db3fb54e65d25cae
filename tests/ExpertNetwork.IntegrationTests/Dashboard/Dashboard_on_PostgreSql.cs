using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Dashboard;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class Dashboard_on_PostgreSql(DatabasesFixture databases) : DashboardTests(databases, DatabaseProvider.PostgreSql);
