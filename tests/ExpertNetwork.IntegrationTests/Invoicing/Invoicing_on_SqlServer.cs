using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Invoicing;

[Collection(DatabaseCollections.SqlServer)]
public sealed class Invoicing_on_SqlServer(DatabasesFixture databases) : InvoicingTests(databases, DatabaseProvider.SqlServer);
