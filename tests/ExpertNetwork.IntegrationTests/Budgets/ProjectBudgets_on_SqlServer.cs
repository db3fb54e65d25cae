using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Budgets;

[Collection(DatabaseCollections.SqlServer)]
public sealed class ProjectBudgets_on_SqlServer(DatabasesFixture databases) : ProjectBudgetsTests(databases, DatabaseProvider.SqlServer);
