using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Administration;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class StaffAccounts_on_PostgreSql(DatabasesFixture databases) : StaffAccountTests(databases, DatabaseProvider.PostgreSql);
