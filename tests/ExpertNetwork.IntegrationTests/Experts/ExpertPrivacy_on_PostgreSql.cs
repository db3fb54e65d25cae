using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Experts;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class ExpertPrivacy_on_PostgreSql(DatabasesFixture databases) : ExpertPrivacyTests(databases, DatabaseProvider.PostgreSql);
