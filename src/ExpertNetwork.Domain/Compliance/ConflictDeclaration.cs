using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Compliance;

/// <summary>
/// What an expert declared, for one engagement, about current employers and other conflicts, checked against
/// the client's restricted companies at the moment of declaring. Immutable once made.
/// </summary>
public sealed class ConflictDeclaration : AggregateRoot
{
    public const int MaxEmployers = 20;

    private ConflictDeclaration() { Employers = []; MatchedRestrictedCompanies = []; }

    public Guid EngagementId { get; private set; }
    public Guid ExpertId { get; private set; }
    public List<string> Employers { get; private set; }
    public string? OtherInterests { get; private set; }
    public List<string> MatchedRestrictedCompanies { get; private set; }
    public DateTime DeclaredUtc { get; private set; }

    /// <summary>A declaration that names a restricted company blocks acceptance.</summary>
    public bool HasConflict => MatchedRestrictedCompanies.Count > 0;

    public static ConflictDeclaration Declare(
        Guid engagementId, Guid expertId, IEnumerable<string> employers, string? otherInterests,
        IEnumerable<string> restrictedCompanies, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var declared = employers
            .Where(e => !string.IsNullOrWhiteSpace(e))
            .Select(e => Guard.Required(e, "Employer", TextLimits.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (declared.Count > MaxEmployers)
            throw Refusal.Invalid($"Declare at most {MaxEmployers} employers.");
        var restricted = restrictedCompanies.ToList();
        var matched = restricted
            .Where(r => declared.Any(d => CompanyNames.SameCompany(d, r)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var declaration = new ConflictDeclaration
        {
            EngagementId = engagementId,
            ExpertId = expertId,
            Employers = declared,
            OtherInterests = Guard.Optional(otherInterests, "Other interests", TextLimits.Note),
            MatchedRestrictedCompanies = matched,
            DeclaredUtc = nowUtc,
        };
        declaration.Record(matched.Count > 0 ? "DeclaredWithConflict" : "Declared");
        return declaration;
    }
}
