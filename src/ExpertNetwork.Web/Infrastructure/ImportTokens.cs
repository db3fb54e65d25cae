using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// The confirm form carries the previewed upload's storage key and SHA-256 in a token only this app can make or read,
/// bound to the user who uploaded it and valid for an hour, so nobody can confirm another upload or a stored file.
/// </summary>
public sealed class ImportTokens(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("ExpertNetwork.ExpertImport.v1").ToTimeLimitedDataProtector();

    public string Issue(string storageKey, string sha256, string userId) => _protector.Protect($"{userId}\n{storageKey}\n{sha256}", Lifetime);

    /// <returns>The key and hash, or null when the token is expired, tampered with or someone else's.</returns>
    public (string StorageKey, string Sha256)? Read(string? token, string userId)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        try
        {
            var parts = _protector.Unprotect(token).Split('\n');
            return parts.Length == 3 && parts[0] == userId ? (parts[1], parts[2]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
