using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Invoicing;

[Collection(DatabaseCollections.Sqlite)]
public sealed class PayoutStatementMail_on_Sqlite(DatabasesFixture databases) : PayoutStatementMailTests(databases, DatabaseProvider.Sqlite);
