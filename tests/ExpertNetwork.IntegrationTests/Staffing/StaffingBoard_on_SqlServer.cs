using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.SqlServer)]
public sealed class StaffingBoard_on_SqlServer(DatabasesFixture databases) : StaffingBoardTests(databases, DatabaseProvider.SqlServer);
