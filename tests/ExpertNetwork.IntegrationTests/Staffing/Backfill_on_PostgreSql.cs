using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class Backfill_on_PostgreSql(DatabasesFixture databases) : BackfillTests(databases, DatabaseProvider.PostgreSql);
