namespace ExpertNetwork.IntegrationTests.Infrastructure;

/// <summary>
/// Tests on one database run one after another (each empties it first); the SQLite and the PostgreSQL tests run in
/// parallel with each other.
/// </summary>
public static class DatabaseCollections
{
    public const string Sqlite = "SQLite database";
    public const string PostgreSql = "PostgreSQL database";
    public const string SqlServer = "SQL Server database";
}
