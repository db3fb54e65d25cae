using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class OfferDeadlines_on_PostgreSql(DatabasesFixture databases) : OfferDeadlinesTests(databases, DatabaseProvider.PostgreSql);
