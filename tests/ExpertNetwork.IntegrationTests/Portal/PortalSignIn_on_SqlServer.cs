using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Portal;

[Collection(DatabaseCollections.SqlServer)]
public sealed class PortalSignIn_on_SqlServer(DatabasesFixture databases) : PortalSignInTests(databases, DatabaseProvider.SqlServer);
