using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Engagements;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class Offers_on_PostgreSql(DatabasesFixture databases) : OffersTests(databases, DatabaseProvider.PostgreSql);
