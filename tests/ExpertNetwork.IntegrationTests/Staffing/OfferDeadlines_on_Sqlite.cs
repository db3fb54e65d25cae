using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.Sqlite)]
public sealed class OfferDeadlines_on_Sqlite(DatabasesFixture databases) : OfferDeadlinesTests(databases, DatabaseProvider.Sqlite);
