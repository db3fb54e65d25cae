using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Administration;

/// <summary>
/// A key an integration presents in X-Api-Key. Only its SHA-256 is stored; the prefix (the first characters
/// of the key) finds the row without scanning.
/// </summary>
public sealed class ApiKey : AggregateRoot
{
    public const int PrefixLength = 12;

    private ApiKey() { Name = Role = Prefix = KeyHash = CreatedBy = string.Empty; }

    public string Name { get; private set; }
    public string Role { get; private set; }
    public string Prefix { get; private set; }
    public string KeyHash { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? RevokedUtc { get; private set; }

    public bool IsActive => RevokedUtc is null;

    public static ApiKey Issue(string name, string role, string prefix, string keyHash, string createdBy, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var canonicalRole = StaffRoles.Parse(role)
            ?? throw new DomainRuleException($"'{role}' is not a role. Use one of: {string.Join(", ", StaffRoles.All)}.");
        if (prefix is not { Length: PrefixLength })
            throw new DomainRuleException($"A key prefix is {PrefixLength} characters.");
        if (keyHash is not { Length: TextLimits.Sha256Hex })
            throw new DomainRuleException("The key hash must be a SHA-256 hex digest.");
        var key = new ApiKey
        {
            Name = Guard.Required(name, "Key name", TextLimits.Short),
            Role = canonicalRole,
            Prefix = prefix,
            KeyHash = keyHash,
            CreatedBy = Guard.Required(createdBy, "Created by", TextLimits.Actor),
            CreatedUtc = nowUtc,
        };
        key.Record("Issued");
        return key;
    }

    public void Revoke(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (RevokedUtc is not null)
            throw new DomainRuleException("This key is already revoked.");
        RevokedUtc = nowUtc;
        Record("Revoked");
    }
}
