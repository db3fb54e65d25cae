using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Clients;

[Collection(DatabaseCollections.Sqlite)]
public sealed class ClientsAndProjects_on_Sqlite(DatabasesFixture databases) : ClientsAndProjectsTests(databases, DatabaseProvider.Sqlite);
