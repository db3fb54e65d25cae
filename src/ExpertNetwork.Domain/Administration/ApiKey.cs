using System.Globalization;
using System.Linq.Expressions;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Administration;

/// <summary>
/// A key an integration presents in X-Api-Key. Only its SHA-256 is stored; the prefix (the first characters
/// of the key) finds the row without scanning. A key works until it is revoked or, when it has one, until its expiry.
/// </summary>
public sealed class ApiKey : AggregateRoot
{
    public const int PrefixLength = 12;

    /// <summary>"Last used" is a hint for admins, not evidence: it is written at most this often per key so the API does not write on every call.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private ApiKey() { Name = Role = Prefix = KeyHash = CreatedBy = string.Empty; }

    public string Name { get; private set; }
    public string Role { get; private set; }
    public string Prefix { get; private set; }
    public string KeyHash { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? RevokedUtc { get; private set; }
    public DateTime? ExpiresUtc { get; private set; }
    public DateTime? LastUsedUtc { get; private set; }

    /// <summary>Not revoked; says nothing about expiry (see <see cref="IsUsableAt"/>).</summary>
    public bool IsActive => RevokedUtc is null;

    /// <summary>The rule "this key may authenticate at <paramref name="nowUtc"/>", for queries.</summary>
    public static Expression<Func<ApiKey, bool>> UsableAt(DateTime nowUtc) =>
        k => k.RevokedUtc == null && (k.ExpiresUtc == null || k.ExpiresUtc > nowUtc);

    public bool IsUsableAt(DateTime nowUtc) => RevokedUtc is null && !IsExpiredAt(nowUtc);

    public bool IsExpiredAt(DateTime nowUtc) => HasExpired(ExpiresUtc, nowUtc);

    /// <summary>The expiry rule on its own, for a read that projected the key's columns rather than loading it.</summary>
    public static bool HasExpired(DateTime? expiresUtc, DateTime nowUtc) => expiresUtc is { } expires && expires <= nowUtc;

    /// <summary>A key given a last day works through that whole day (UTC): it expires as the next day begins.</summary>
    public static DateTime? ExpiryAfterLastDay(DateOnly? lastDay) =>
        lastDay is { } d ? DateTime.SpecifyKind(d.ToDateTime(TimeOnly.MinValue).AddDays(1), DateTimeKind.Utc) : null;

    /// <summary>The last day a key works on in full, the day <see cref="ExpiryAfterLastDay"/> was given.</summary>
    public static DateOnly? LastDayBefore(DateTime? expiresUtc) =>
        expiresUtc is { } e ? DateOnly.FromDateTime(e.AddDays(-1)) : null;

    public static ApiKey Issue(string name, string role, string prefix, string keyHash, string createdBy, DateTime nowUtc, DateTime? expiresUtc = null)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var canonicalRole = StaffRoles.Parse(role)
            ?? throw Refusal.Invalid($"'{role}' is not a role. Use one of: {string.Join(", ", StaffRoles.All)}.", "Role");
        if (prefix is not { Length: PrefixLength })
            throw Refusal.Invalid($"A key prefix is {PrefixLength} characters.");
        if (keyHash is not { Length: TextLimits.Sha256Hex })
            throw Refusal.Invalid("The key hash must be a SHA-256 hex digest.");
        CheckExpiry(expiresUtc, nowUtc);
        var key = new ApiKey
        {
            Name = Guard.Required(name, "Key name", TextLimits.Short),
            Role = canonicalRole,
            Prefix = prefix,
            KeyHash = keyHash,
            CreatedBy = Guard.Required(createdBy, "Created by", TextLimits.Actor),
            CreatedUtc = nowUtc,
            ExpiresUtc = expiresUtc,
        };
        key.Record("Issued");
        return key;
    }

    public void Revoke(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (RevokedUtc is not null)
            throw Refusal.Conflict("This key is already revoked.");
        RevokedUtc = nowUtc;
        Record("Revoked");
    }

    /// <summary>Sets a new expiry, or none (null): the key then works until it is revoked.</summary>
    public void ChangeExpiry(DateTime? expiresUtc, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (RevokedUtc is not null)
            throw Refusal.Conflict("This key is revoked, so its expiry cannot change. Issue a new key instead.");
        CheckExpiry(expiresUtc, nowUtc);
        if (ExpiresUtc == expiresUtc)
            return;
        ExpiresUtc = expiresUtc;
        Record(expiresUtc is null ? "ExpiryRemoved" : "ExpiryChanged");
    }

    private static void CheckExpiry(DateTime? expiresUtc, DateTime nowUtc)
    {
        if (expiresUtc is not { } expires)
            return;
        Guard.Utc(expires, nameof(expiresUtc));
        if (expires <= nowUtc)
            throw Refusal.Invalid(
                $"The expiry {expires.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC is not in the future. Pick a later date, or leave it empty for a key that does not expire.", "ExpiresUtc");
    }
}
