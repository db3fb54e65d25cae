using System.Security.Cryptography;
using System.Text;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Compliance;

/// <summary>
/// One published version of an NDA text. Versions are immutable once created: a change is a new version,
/// so every signed agreement can point at the exact words it was signed on.
/// </summary>
public sealed class NdaTemplate : AggregateRoot
{
    public const int MaxValidityMonths = 120;
    public const string ValidityRule = "An NDA must be valid for between {1} and {2} months.";

    private NdaTemplate() { Name = Body = BodySha256 = string.Empty; }

    public string Name { get; private set; }
    public NdaScope Scope { get; private set; }
    public Guid? ClientId { get; private set; }
    public int VersionNumber { get; private set; }
    public string Body { get; private set; }
    public string BodySha256 { get; private set; }
    public int ValidityMonths { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? RetiredUtc { get; private set; }

    public bool IsRetired => RetiredUtc is not null;

    public static NdaTemplate Publish(string name, NdaScope scope, Guid? clientId, string body, int validityMonths, DateTime nowUtc) =>
        Create(name, scope, clientId, 1, body, validityMonths, nowUtc);

    /// <summary>Creates the next version; the caller retires this one in the same unit of work.</summary>
    public NdaTemplate Revise(string body, int validityMonths, DateTime nowUtc)
    {
        if (IsRetired)
            throw Refusal.Conflict("A retired NDA version cannot be revised; revise the current version.");
        return Create(Name, Scope, ClientId, VersionNumber + 1, body, validityMonths, nowUtc);
    }

    public void Retire(DateTime nowUtc)
    {
        if (IsRetired)
            return;
        Guard.Utc(nowUtc, nameof(nowUtc));
        RetiredUtc = nowUtc;
        Record("Retired");
    }

    private static NdaTemplate Create(string name, NdaScope scope, Guid? clientId, int version, string body, int validityMonths, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (scope == NdaScope.Client && clientId is null)
            throw Refusal.Invalid("A client-specific NDA must name its client.", "ClientId");
        if (scope == NdaScope.Master && clientId is not null)
            throw Refusal.Invalid("A master NDA cannot be tied to one client.", "ClientId");
        if (validityMonths is < 1 or > MaxValidityMonths)
            throw Refusal.Invalid(RuleText.Between(ValidityRule, 1, MaxValidityMonths), "ValidityMonths");
        var text = Guard.Required(body, "NDA text", TextLimits.LongText);
        var template = new NdaTemplate
        {
            Name = Guard.Required(name, "NDA name", TextLimits.Name),
            Scope = scope,
            ClientId = clientId,
            VersionNumber = version,
            Body = text,
            BodySha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            ValidityMonths = validityMonths,
            CreatedUtc = nowUtc,
        };
        template.Record("Published");
        return template;
    }
}
