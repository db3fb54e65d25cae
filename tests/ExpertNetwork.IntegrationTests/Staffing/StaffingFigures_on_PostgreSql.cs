using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class StaffingFigures_on_PostgreSql(DatabasesFixture databases) : StaffingFiguresTests(databases, DatabaseProvider.PostgreSql);
