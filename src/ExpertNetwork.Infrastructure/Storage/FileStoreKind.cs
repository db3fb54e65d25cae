namespace ExpertNetwork.Infrastructure.Storage;

/// <summary>Where stored files live (<c>Storage:Provider</c>).</summary>
public enum FileStoreKind
{
    /// <summary>The <c>StoredFiles</c> table of the app's database: every node sees every file. The default on server databases.</summary>
    Database,

    /// <summary><c>files/</c> in the data folder: one node only. The default on the embedded SQLite database.</summary>
    FileSystem,
}
