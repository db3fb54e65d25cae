using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Compliance;

[Collection(DatabaseCollections.SqlServer)]
public sealed class NdaTemplates_on_SqlServer(DatabasesFixture databases) : NdaTemplateTests(databases, DatabaseProvider.SqlServer);
