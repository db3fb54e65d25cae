namespace ExpertNetwork.Application.Staffing;

/// <summary>How many of a request's next candidates to take.</summary>
public sealed record NextCandidatesQuery(Guid StaffingRequestId, int Count);

/// <summary>
/// The top-ranked fitting experts in rank order, leaving out anyone who already has an engagement of any status on the
/// request (the next wave of offers).
/// </summary>
public sealed class NextCandidatesHandler(IAppDbContext db, IClock clock)
{
    /// <exception cref="Refusal">The request does not exist.</exception>
    public async Task<IReadOnlyList<Guid>> HandleAsync(NextCandidatesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Count <= 0)
            return [];
        var (_, _, terms) = await StaffingTermsLoading.LoadAsync(db, query.StaffingRequestId, cancellationToken);
        var ranked = await CandidateRanking.RankAsync(db, terms, clock.UtcNow, excludeEngagedOnRequest: true, cancellationToken);
        return ranked.Take(query.Count).Select(s => s.Score.Facts.ExpertId).ToList();
    }
}
