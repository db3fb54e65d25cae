using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Compliance;

[Collection(DatabaseCollections.Sqlite)]
public sealed class ComplianceScan_on_Sqlite(DatabasesFixture databases) : ComplianceScanTests(databases, DatabaseProvider.Sqlite);
