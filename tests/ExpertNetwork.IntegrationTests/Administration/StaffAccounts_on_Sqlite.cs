using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Administration;

[Collection(DatabaseCollections.Sqlite)]
public sealed class StaffAccounts_on_Sqlite(DatabasesFixture databases) : StaffAccountTests(databases, DatabaseProvider.Sqlite);
