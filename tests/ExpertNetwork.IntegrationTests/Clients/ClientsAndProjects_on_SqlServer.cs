using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Clients;

[Collection(DatabaseCollections.SqlServer)]
public sealed class ClientsAndProjects_on_SqlServer(DatabasesFixture databases) : ClientsAndProjectsTests(databases, DatabaseProvider.SqlServer);
