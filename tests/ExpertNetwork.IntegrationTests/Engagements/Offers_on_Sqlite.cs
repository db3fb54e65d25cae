using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Engagements;

[Collection(DatabaseCollections.Sqlite)]
public sealed class Offers_on_Sqlite(DatabasesFixture databases) : OffersTests(databases, DatabaseProvider.Sqlite);
