using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Compliance;

[Collection(DatabaseCollections.SqlServer)]
public sealed class ComplianceScan_on_SqlServer(DatabasesFixture databases) : ComplianceScanTests(databases, DatabaseProvider.SqlServer);
