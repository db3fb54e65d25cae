using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>"Why not?" for one expert, by id.</summary>
public sealed record ExplainCandidateQuery(Guid StaffingRequestId, Guid ExpertId);

/// <summary>"Why not?" for the experts whose name or email contains the text.</summary>
public sealed record ExplainMatchingExpertsQuery(Guid StaffingRequestId, string? Text);

/// <summary>"Why not?": every hard filter an expert fails for a staffing request, for the expert with this id.</summary>
public sealed class ExplainCandidateHandler(IAppDbContext db, IClock clock)
{
    /// <exception cref="Refusal">The request or the expert does not exist.</exception>
    public async Task<WhyNotResult> HandleAsync(ExplainCandidateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (_, _, terms) = await StaffingTermsLoading.LoadAsync(db, query.StaffingRequestId, cancellationToken);
        var results = await WhyNot.ExplainAsync(db, terms, [query.ExpertId], clock.UtcNow, cancellationToken);
        return results.Count > 0 ? results[0] : throw Refusal.NotFound("The expert");
    }
}

/// <summary>"Why not?": every hard filter each expert fails for a staffing request, for the experts found by name or email.</summary>
public sealed class ExplainMatchingExpertsHandler(IAppDbContext db, IClock clock)
{
    public const int MaxMatches = 10;

    /// <returns>The experts whose name or email contains the text (at most <see cref="MaxMatches"/>, by name), each with their reasons.</returns>
    /// <exception cref="Refusal">The request does not exist.</exception>
    public async Task<IReadOnlyList<WhyNotResult>> HandleAsync(ExplainMatchingExpertsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (_, _, terms) = await StaffingTermsLoading.LoadAsync(db, query.StaffingRequestId, cancellationToken);
        var text = SearchText.Fold(query.Text ?? string.Empty);
        if (text.Length == 0)
            return [];
        var ids = await db.Experts.AsNoTracking()
            .Where(e => e.SearchName.Contains(text) || e.SearchEmail.Contains(text))
            .OrderBy(e => e.FullName).ThenBy(e => e.Id).Select(e => e.Id).Take(MaxMatches).ToListAsync(cancellationToken);
        return await WhyNot.ExplainAsync(db, terms, ids, clock.UtcNow, cancellationToken);
    }
}

internal static class WhyNot
{
    public static async Task<IReadOnlyList<WhyNotResult>> ExplainAsync(IAppDbContext db, StaffingTerms terms, IReadOnlyList<Guid> ids, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var checks = await StaffingFitChecks.CheckAsync(db, terms, ids, nowUtc, cancellationToken);
        return checks
            .Select(c => new WhyNotResult(c.Expert.Id, c.Expert.FullName, c.Expert.Email, c.Reasons.Select(r => r.Reason).ToList()))
            .OrderBy(r => r.FullName, StringComparer.Ordinal).ThenBy(r => r.ExpertId)
            .ToList();
    }
}
