namespace ExpertNetwork.Infrastructure.Storage;

/// <summary>
/// One file of the database file store: the bytes with their key, area, size and SHA-256. Not a domain record: the
/// owning entity (credential, agreement, engagement, invoice) keeps the key and its own copy of the hash.
/// </summary>
public sealed class StoredFileRecord
{
    public const int KeyMaxLength = 100;
    public const int AreaMaxLength = 40;

    public StoredFileRecord(string key, string area, long sizeBytes, string sha256, byte[] content, DateTime createdUtc)
    {
        Key = key;
        Area = area;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        Content = content;
        CreatedUtc = createdUtc;
    }

    public string Key { get; private set; }
    public string Area { get; private set; }
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; }
    public byte[] Content { get; private set; }
    public DateTime CreatedUtc { get; private set; }
}
