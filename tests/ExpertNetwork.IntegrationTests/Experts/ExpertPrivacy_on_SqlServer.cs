using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.SqlServer)]
public sealed class ExpertPrivacy_on_SqlServer(DatabasesFixture databases) : ExpertPrivacyTests(databases, DatabaseProvider.SqlServer);
