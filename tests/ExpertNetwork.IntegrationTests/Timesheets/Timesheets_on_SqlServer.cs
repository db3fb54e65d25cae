using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Timesheets;

[Collection(DatabaseCollections.SqlServer)]
public sealed class Timesheets_on_SqlServer(DatabasesFixture databases) : TimesheetTests(databases, DatabaseProvider.SqlServer);
