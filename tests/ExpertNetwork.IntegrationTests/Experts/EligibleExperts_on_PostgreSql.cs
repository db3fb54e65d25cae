using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class EligibleExperts_on_PostgreSql(DatabasesFixture databases) : EligibleExpertsTests(databases, DatabaseProvider.PostgreSql);
