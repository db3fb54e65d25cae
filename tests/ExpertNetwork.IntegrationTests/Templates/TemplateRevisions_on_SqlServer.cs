using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Templates;

[Collection(DatabaseCollections.SqlServer)]
public sealed class TemplateRevisions_on_SqlServer(DatabasesFixture databases) : TemplateRevisionTests(databases, DatabaseProvider.SqlServer);
