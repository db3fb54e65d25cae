using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Templates;

[Collection(DatabaseCollections.Sqlite)]
public sealed class TemplateRevisions_on_Sqlite(DatabasesFixture databases) : TemplateRevisionTests(databases, DatabaseProvider.Sqlite);
