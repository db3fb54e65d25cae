using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ExpertNetwork.Domain.Administration;

namespace ExpertNetwork.Application.Administration;

public sealed record ApiKeyIdentity(Guid Id, string Name, string Role);

/// <summary>Either the key's identity or the sentence that tells the caller why the key does not work.</summary>
public sealed record ApiKeyCheck(ApiKeyIdentity? Identity, string? Refusal)
{
    public bool Succeeded => Identity is not null;
}

/// <summary>The key as the caller presented it (the X-Api-Key header or the CLI's argument), untrimmed and unchecked.</summary>
public sealed record AuthenticateApiKeyCommand(string? PresentedKey);

public sealed class AuthenticateApiKeyHandler(IAppDbContext db, IClock clock)
{
    public const int MaxKeyLength = 200;

    public const string UnknownKey = "The API key is not valid. Send the whole key in the X-Api-Key header, or ask an admin for a new key.";

    /// <summary>
    /// Matches the presented key and says why it does not work (unknown, revoked, expired). Notes when the key was
    /// last used, at most once per <see cref="ApiKey.LastUsedResolution"/>, with one conditional update.
    /// </summary>
    public async Task<ApiKeyCheck> HandleAsync(AuthenticateApiKeyCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var presented = command.PresentedKey;
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > MaxKeyLength)
            return new ApiKeyCheck(null, UnknownKey);
        var key = presented.Trim();
        var prefix = IssueApiKeyHandler.PrefixOf(key);
        var candidates = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Prefix == prefix)
            .Select(k => new { k.Id, k.Name, k.Role, k.KeyHash, k.RevokedUtc, k.ExpiresUtc, k.LastUsedUtc })
            .ToListAsync(cancellationToken);
        var hash = Encoding.ASCII.GetBytes(IssueApiKeyHandler.Hash(key));
        var match = candidates.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(c.KeyHash), hash));
        if (match is null)
            return new ApiKeyCheck(null, UnknownKey);
        var now = clock.UtcNow;
        if (match.RevokedUtc is { } revoked)
            return new ApiKeyCheck(null, $"This API key was revoked on {Day(revoked)}. Ask an admin for a new key.");
        if (ApiKey.HasExpired(match.ExpiresUtc, now))
            return new ApiKeyCheck(null, $"This API key expired on {Day(match.ExpiresUtc!.Value)}. Ask an admin for a new key or a later expiry.");

        if (match.LastUsedUtc is null || match.LastUsedUtc <= now - ApiKey.LastUsedResolution)
        {
            var stale = now - ApiKey.LastUsedResolution;
            // Conditional, so two nodes noting the same minute write once; usage is not a change anyone made, so no audit event.
            await db.ApiKeys
                .Where(k => k.Id == match.Id && (k.LastUsedUtc == null || k.LastUsedUtc <= stale))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedUtc, now), cancellationToken);
        }
        return new ApiKeyCheck(new ApiKeyIdentity(match.Id, match.Name, match.Role), null);
    }

    private static string Day(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
