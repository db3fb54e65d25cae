using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Compliance;

[Collection(DatabaseCollections.Sqlite)]
public sealed class NdaTemplates_on_Sqlite(DatabasesFixture databases) : NdaTemplateTests(databases, DatabaseProvider.Sqlite);
