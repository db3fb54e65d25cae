using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Portal;

[Collection(DatabaseCollections.Sqlite)]
public sealed class PortalSignIn_on_Sqlite(DatabasesFixture databases) : PortalSignInTests(databases, DatabaseProvider.Sqlite);
