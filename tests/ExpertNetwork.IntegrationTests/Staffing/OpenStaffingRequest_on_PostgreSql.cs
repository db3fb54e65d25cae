using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Staffing;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class OpenStaffingRequest_on_PostgreSql(DatabasesFixture databases) : OpenStaffingRequestTests(databases, DatabaseProvider.PostgreSql);
