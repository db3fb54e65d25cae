using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.Sqlite)]
public sealed class StaffingFigures_on_Sqlite(DatabasesFixture databases) : StaffingFiguresTests(databases, DatabaseProvider.Sqlite);
