using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.Sqlite)]
public sealed class ExpertPrivacy_on_Sqlite(DatabasesFixture databases) : ExpertPrivacyTests(databases, DatabaseProvider.Sqlite);
