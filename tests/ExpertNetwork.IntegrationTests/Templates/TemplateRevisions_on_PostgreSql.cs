using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Templates;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class TemplateRevisions_on_PostgreSql(DatabasesFixture databases) : TemplateRevisionTests(databases, DatabaseProvider.PostgreSql);
