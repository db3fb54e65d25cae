using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Invoicing;

[Collection(DatabaseCollections.PostgreSql)]
public sealed class PayoutStatementMail_on_PostgreSql(DatabasesFixture databases) : PayoutStatementMailTests(databases, DatabaseProvider.PostgreSql);
