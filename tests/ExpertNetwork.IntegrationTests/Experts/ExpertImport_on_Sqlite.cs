using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.Sqlite)]
public sealed class ExpertImport_on_Sqlite(DatabasesFixture databases) : ExpertImportTests(databases, DatabaseProvider.Sqlite);
