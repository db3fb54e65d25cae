using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Compliance;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class ComplianceScan_on_PostgreSql(DatabasesFixture databases) : ComplianceScanTests(databases, DatabaseProvider.PostgreSql);
