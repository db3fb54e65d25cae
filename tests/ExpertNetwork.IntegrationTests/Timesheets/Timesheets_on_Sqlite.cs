using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Timesheets;

[Collection(DatabaseCollections.Sqlite)]
public sealed class Timesheets_on_Sqlite(DatabasesFixture databases) : TimesheetTests(databases, DatabaseProvider.Sqlite);
