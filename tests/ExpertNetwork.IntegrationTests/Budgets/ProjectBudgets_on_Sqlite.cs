using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Budgets;

[Collection(DatabaseCollections.Sqlite)]
public sealed class ProjectBudgets_on_Sqlite(DatabasesFixture databases) : ProjectBudgetsTests(databases, DatabaseProvider.Sqlite);
