using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class ExpertProfile_on_PostgreSql(DatabasesFixture databases) : ExpertProfileTests(databases, DatabaseProvider.PostgreSql);
