using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Invoicing;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class Invoicing_on_PostgreSql(DatabasesFixture databases) : InvoicingTests(databases, DatabaseProvider.PostgreSql);
