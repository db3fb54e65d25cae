using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.Sqlite)]
public sealed class StaffingBoard_on_Sqlite(DatabasesFixture databases) : StaffingBoardTests(databases, DatabaseProvider.Sqlite);
