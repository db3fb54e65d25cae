using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Auditing;

[Collection(DatabaseCollections.Sqlite)]
public sealed class AuditTrail_on_Sqlite(DatabasesFixture databases) : AuditTrailTests(databases, DatabaseProvider.Sqlite);
