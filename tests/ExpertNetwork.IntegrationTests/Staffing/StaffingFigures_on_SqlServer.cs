using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.SqlServer)]
public sealed class StaffingFigures_on_SqlServer(DatabasesFixture databases) : StaffingFiguresTests(databases, DatabaseProvider.SqlServer);
