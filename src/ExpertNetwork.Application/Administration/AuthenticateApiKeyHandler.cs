using System.Security.Cryptography;
using System.Text;
using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Administration;

public sealed record ApiKeyIdentity(Guid Id, string Name, string Role);

public sealed class AuthenticateApiKeyHandler(IAppDbContext db)
{
    public const int MaxKeyLength = 200;

    /// <returns>The key's identity when the presented key matches an active key; otherwise null.</returns>
    public async Task<ApiKeyIdentity?> HandleAsync(string? presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > MaxKeyLength)
            return null;
        var key = presented.Trim();
        var prefix = IssueApiKeyHandler.PrefixOf(key);
        var candidates = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Prefix == prefix && k.RevokedUtc == null)
            .Select(k => new { k.Id, k.Name, k.Role, k.KeyHash })
            .ToListAsync(cancellationToken);
        var hash = Encoding.ASCII.GetBytes(IssueApiKeyHandler.Hash(key));
        var match = candidates.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(c.KeyHash), hash));
        return match is null ? null : new ApiKeyIdentity(match.Id, match.Name, match.Role);
    }
}
