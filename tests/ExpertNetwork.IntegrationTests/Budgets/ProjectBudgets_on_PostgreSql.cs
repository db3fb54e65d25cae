using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Budgets;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class ProjectBudgets_on_PostgreSql(DatabasesFixture databases) : ProjectBudgetsTests(databases, DatabaseProvider.PostgreSql);
