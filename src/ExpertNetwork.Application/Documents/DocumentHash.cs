using System.Security.Cryptography;

namespace ExpertNetwork.Application.Documents;

/// <summary>The hash stored with an issued document.</summary>
public static class DocumentHash
{
    /// <summary>SHA-256 of the bytes as 64 lower-case hex digits.</summary>
    public static string Sha256Hex(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }
}
