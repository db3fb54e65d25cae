namespace ExpertNetwork.Application.Administration;

/// <summary>The key to revoke, by its id or by the prefix shown in lists.</summary>
public sealed record RevokeApiKeyCommand(string IdOrPrefix);

/// <summary>Revokes a key: it gets 401 from the next request on. Found by id, or by the prefix shown in lists.</summary>
public sealed class RevokeApiKeyHandler(IAppDbContext db, IClock clock)
{
    public async Task<ApiKeyRow> HandleAsync(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var key = await ApiKeyLookup.FindAsync(db, command.IdOrPrefix, cancellationToken);
        key.Revoke(clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return ApiKeyRow.From(key, clock.UtcNow);
    }
}

/// <summary>A new expiry for a key; null clears it.</summary>
public sealed record ChangeApiKeyExpiryCommand(Guid KeyId, DateTime? ExpiresUtc);

/// <summary>Sets or clears a key's expiry.</summary>
public sealed class ChangeApiKeyExpiryHandler(IAppDbContext db, IClock clock)
{
    public async Task<ApiKeyRow> HandleAsync(ChangeApiKeyExpiryCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var key = await ApiKeyLookup.FindAsync(db, command.KeyId.ToString(), cancellationToken);
        key.ChangeExpiry(command.ExpiresUtc, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return ApiKeyRow.From(key, clock.UtcNow);
    }
}

internal static class ApiKeyLookup
{
    public static async Task<Domain.Administration.ApiKey> FindAsync(IAppDbContext db, string? idOrPrefix, CancellationToken cancellationToken)
    {
        var text = idOrPrefix?.Trim() ?? string.Empty;
        if (Guid.TryParse(text, out var id))
            return await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken)
                ?? throw Refusal.NotFound($"The API key {id}");
        var matches = await db.ApiKeys.Where(k => k.Prefix == text).Take(2).ToListAsync(cancellationToken);
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw Refusal.NotFound($"An API key with id or prefix '{text}'"),
            _ => throw Refusal.Invalid($"Several keys start with '{text}'. Use the key's id from list-api-keys instead."),
        };
    }
}
