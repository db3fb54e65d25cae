using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.SqlServer)]
public sealed class ExpertImport_on_SqlServer(DatabasesFixture databases) : ExpertImportTests(databases, DatabaseProvider.SqlServer);
