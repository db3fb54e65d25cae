using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.SqlServer)]
public sealed class Backfill_on_SqlServer(DatabasesFixture databases) : BackfillTests(databases, DatabaseProvider.SqlServer);
