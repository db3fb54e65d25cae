using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Invoicing;

[Collection(DatabaseCollections.Sqlite)]
public sealed class Invoicing_on_Sqlite(DatabasesFixture databases) : InvoicingTests(databases, DatabaseProvider.Sqlite);
