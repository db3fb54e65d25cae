using ExpertNetwork.IntegrationTests.Infrastructure;

// One SQLite file and one PostgreSQL database for the whole run, migrated once; Respawn empties them before each test.
[assembly: AssemblyFixture(typeof(DatabasesFixture))]
