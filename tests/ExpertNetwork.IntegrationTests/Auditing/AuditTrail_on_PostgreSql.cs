using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Auditing;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class AuditTrail_on_PostgreSql(DatabasesFixture databases) : AuditTrailTests(databases, DatabaseProvider.PostgreSql);
