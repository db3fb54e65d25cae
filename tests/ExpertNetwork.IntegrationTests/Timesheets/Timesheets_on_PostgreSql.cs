using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Timesheets;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class Timesheets_on_PostgreSql(DatabasesFixture databases) : TimesheetTests(databases, DatabaseProvider.PostgreSql);
