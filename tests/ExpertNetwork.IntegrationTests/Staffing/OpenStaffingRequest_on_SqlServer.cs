using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.SqlServer)]
public sealed class OpenStaffingRequest_on_SqlServer(DatabasesFixture databases) : OpenStaffingRequestTests(databases, DatabaseProvider.SqlServer);
