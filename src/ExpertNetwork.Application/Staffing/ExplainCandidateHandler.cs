using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Staffing;

/// <summary>"Why not?": every hard filter an expert fails for a staffing request, found by id or by name or email.</summary>
public sealed class ExplainCandidateHandler(IAppDbContext db, IClock clock)
{
    public const int MaxMatches = 10;

    /// <returns>The experts whose name or email contains the text (at most <see cref="MaxMatches"/>, by name), each with their reasons.</returns>
    /// <exception cref="Refusal">The request does not exist.</exception>
    public async Task<IReadOnlyList<WhyNotResult>> HandleAsync(Guid staffingRequestId, string query, CancellationToken cancellationToken)
    {
        var (_, _, terms) = await StaffingTermsLoading.LoadAsync(db, staffingRequestId, cancellationToken);
        var text = SearchText.Fold(query ?? string.Empty);
        if (text.Length == 0)
            return [];
        var ids = await db.Experts.AsNoTracking()
            .Where(e => e.SearchName.Contains(text) || e.SearchEmail.Contains(text))
            .OrderBy(e => e.FullName).ThenBy(e => e.Id).Select(e => e.Id).Take(MaxMatches).ToListAsync(cancellationToken);
        return await ExplainAsync(terms, ids, cancellationToken);
    }

    /// <exception cref="Refusal">The request or the expert does not exist.</exception>
    public async Task<WhyNotResult> HandleAsync(Guid staffingRequestId, Guid expertId, CancellationToken cancellationToken)
    {
        var (_, _, terms) = await StaffingTermsLoading.LoadAsync(db, staffingRequestId, cancellationToken);
        var results = await ExplainAsync(terms, [expertId], cancellationToken);
        return results.Count > 0 ? results[0] : throw Refusal.NotFound("The expert");
    }

    private async Task<IReadOnlyList<WhyNotResult>> ExplainAsync(Domain.Staffing.StaffingTerms terms, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var checks = await StaffingFitChecks.CheckAsync(db, terms, ids, clock.UtcNow, cancellationToken);
        return checks
            .Select(c => new WhyNotResult(c.Expert.Id, c.Expert.FullName, c.Expert.Email, c.Reasons.Select(r => r.Reason).ToList()))
            .OrderBy(r => r.FullName, StringComparer.Ordinal).ThenBy(r => r.ExpertId)
            .ToList();
    }
}
