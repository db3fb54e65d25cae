using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class StaffingBoard_on_PostgreSql(DatabasesFixture databases) : StaffingBoardTests(databases, DatabaseProvider.PostgreSql);
