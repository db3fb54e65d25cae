using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Compliance;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class NdaTemplates_on_PostgreSql(DatabasesFixture databases) : NdaTemplateTests(databases, DatabaseProvider.PostgreSql);
