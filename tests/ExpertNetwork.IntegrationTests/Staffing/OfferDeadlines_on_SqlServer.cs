using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.SqlServer)]
public sealed class OfferDeadlines_on_SqlServer(DatabasesFixture databases) : OfferDeadlinesTests(databases, DatabaseProvider.SqlServer);
