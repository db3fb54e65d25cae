using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Clients;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class ClientsAndProjects_on_PostgreSql(DatabasesFixture databases) : ClientsAndProjectsTests(databases, DatabaseProvider.PostgreSql);
