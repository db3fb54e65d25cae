using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class ExpertImport_on_PostgreSql(DatabasesFixture databases) : ExpertImportTests(databases, DatabaseProvider.PostgreSql);
