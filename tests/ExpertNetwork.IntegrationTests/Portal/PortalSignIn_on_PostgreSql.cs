using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Portal;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class PortalSignIn_on_PostgreSql(DatabasesFixture databases) : PortalSignInTests(databases, DatabaseProvider.PostgreSql);
