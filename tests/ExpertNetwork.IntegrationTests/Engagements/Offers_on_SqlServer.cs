using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Engagements;

[Collection(DatabaseCollections.SqlServer)]
public sealed class Offers_on_SqlServer(DatabasesFixture databases) : OffersTests(databases, DatabaseProvider.SqlServer);
