using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.SqlServer)]
public sealed class EligibleExperts_on_SqlServer(DatabasesFixture databases) : EligibleExpertsTests(databases, DatabaseProvider.SqlServer);
