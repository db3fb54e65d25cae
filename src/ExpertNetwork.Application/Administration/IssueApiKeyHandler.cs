using System.Security.Cryptography;
using System.Text;
using ExpertNetwork.Domain.Administration;

namespace ExpertNetwork.Application.Administration;

public sealed record IssuedApiKey(Guid Id, string Name, string Role, string Key, DateTime? ExpiresUtc = null);

/// <summary>A new API key with a role; without an expiry it works until it is revoked.</summary>
public sealed record IssueApiKeyCommand(string Name, string Role, DateTime? ExpiresUtc = null);

/// <summary>Creates an API key. The plain key is returned once and never stored: only its SHA-256 is.</summary>
public sealed class IssueApiKeyHandler(IAppDbContext db, IClock clock, ICurrentActor actor)
{
    public const string KeyPrefix = "enk_";

    public async Task<IssuedApiKey> HandleAsync(IssueApiKeyCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (name, role, expiresUtc) = command;
        // 32 random bytes = 256 bits, URL-safe so it can sit in a header or an environment variable unquoted.
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var key = KeyPrefix + secret;
        var apiKey = ApiKey.Issue(name, role, PrefixOf(key), Hash(key), actor.Name, clock.UtcNow, expiresUtc);
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(apiKey.Id, apiKey.Name, apiKey.Role, key, apiKey.ExpiresUtc);
    }

    public static string PrefixOf(string key) => key.Length >= ApiKey.PrefixLength ? key[..ApiKey.PrefixLength] : key;

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
