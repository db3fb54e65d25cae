using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.Sqlite)]
public sealed class Backfill_on_Sqlite(DatabasesFixture databases) : BackfillTests(databases, DatabaseProvider.Sqlite);
