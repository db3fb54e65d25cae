using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.Sqlite)]
public sealed class OpenStaffingRequest_on_Sqlite(DatabasesFixture databases) : OpenStaffingRequestTests(databases, DatabaseProvider.Sqlite);
