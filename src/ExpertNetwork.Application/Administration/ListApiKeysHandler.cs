using ExpertNetwork.Domain.Administration;

namespace ExpertNetwork.Application.Administration;

/// <summary>A key as admins see it: never the key itself, only its prefix.</summary>
public sealed record ApiKeyRow(
    Guid Id, string Name, string Role, string Prefix, DateTime CreatedUtc, string CreatedBy,
    DateTime? ExpiresUtc, DateTime? LastUsedUtc, DateTime? RevokedUtc, string Status)
{
    public bool CanChange => RevokedUtc is null;

    public DateOnly? LastDay => ApiKey.LastDayBefore(ExpiresUtc);

    public static ApiKeyRow From(ApiKey k, DateTime nowUtc) =>
        new(k.Id, k.Name, k.Role, k.Prefix, k.CreatedUtc, k.CreatedBy, k.ExpiresUtc, k.LastUsedUtc, k.RevokedUtc, StatusOf(k.RevokedUtc, k.ExpiresUtc, nowUtc));

    public static string StatusOf(DateTime? revokedUtc, DateTime? expiresUtc, DateTime nowUtc) =>
        revokedUtc is not null ? "Revoked" : ApiKey.HasExpired(expiresUtc, nowUtc) ? "Expired" : "Active";
}

public sealed class ListApiKeysHandler(IAppDbContext db, IClock clock)
{
    /// <summary>Working keys first, then expired and revoked ones; newest first within each.</summary>
    public async Task<IReadOnlyList<ApiKeyRow>> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var keys = await db.ApiKeys.AsNoTracking()
            .OrderByDescending(k => k.CreatedUtc)
            .Select(k => new { k.Id, k.Name, k.Role, k.Prefix, k.CreatedUtc, k.CreatedBy, k.ExpiresUtc, k.LastUsedUtc, k.RevokedUtc })
            .ToListAsync(cancellationToken);
        return keys
            .Select(k => new ApiKeyRow(k.Id, k.Name, k.Role, k.Prefix, k.CreatedUtc, k.CreatedBy, k.ExpiresUtc, k.LastUsedUtc, k.RevokedUtc,
                ApiKeyRow.StatusOf(k.RevokedUtc, k.ExpiresUtc, now)))
            .OrderBy(k => k.Status == "Active" ? 0 : 1)
            .ThenByDescending(k => k.CreatedUtc)
            .ToList();
    }
}
