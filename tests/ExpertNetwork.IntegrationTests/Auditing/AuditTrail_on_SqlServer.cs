using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Auditing;

[Collection(DatabaseCollections.SqlServer)]
public sealed class AuditTrail_on_SqlServer(DatabasesFixture databases) : AuditTrailTests(databases, DatabaseProvider.SqlServer);
