using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Administration;

[Collection(DatabaseCollections.SqlServer)]
public sealed class StaffAccounts_on_SqlServer(DatabasesFixture databases) : StaffAccountTests(databases, DatabaseProvider.SqlServer);
