using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Invoicing;

[Collection(DatabaseCollections.SqlServer)]
public sealed class PayoutStatementMail_on_SqlServer(DatabasesFixture databases) : PayoutStatementMailTests(databases, DatabaseProvider.SqlServer);
