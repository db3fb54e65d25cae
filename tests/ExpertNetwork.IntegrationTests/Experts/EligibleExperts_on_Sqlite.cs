using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.Sqlite)]
public sealed class EligibleExperts_on_Sqlite(DatabasesFixture databases) : EligibleExpertsTests(databases, DatabaseProvider.Sqlite);
