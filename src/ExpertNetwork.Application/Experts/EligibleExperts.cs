using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

/// <summary>
/// "Eligible on day D for specialty S" as one query, the SQL twin of <see cref="ExpertEligibility.CheckOn"/>: vetted or
/// active, in S or anything below it (a prefix match on the materialised path), not blacked out on D, and holding a
/// verified credential with no expiry or one after D (of every required kind, or any kind when none is required).
/// Staffing composes further filters onto <see cref="Query"/>; everything is served by indexes on status,
/// specialty links, credentials (kind, status, expiry, expert) and blackouts.
/// </summary>
public static class EligibleExperts
{
    public static IQueryable<Expert> Query(IAppDbContext db, DateOnly day, string specialtyPath, IReadOnlyCollection<CredentialKind> requiredKinds)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(requiredKinds);
        var subtree = db.Specialties.Where(s => s.Path.StartsWith(specialtyPath)).Select(s => s.Id);
        var valid = db.Credentials.Where(Credential.ValidOn(day));

        var experts = db.Experts.AsNoTracking()
            .Where(e => e.Status == ExpertStatus.Vetted || e.Status == ExpertStatus.Active)
            .Where(e => e.Specialties.Any(s => subtree.Contains(s.SpecialtyId)))
            .Where(e => !e.Blackouts.Any(b => b.Days.Start <= day && b.Days.End >= day));
        if (requiredKinds.Count == 0)
            return experts.Where(e => valid.Any(c => c.ExpertId == e.Id));
        foreach (var kind in requiredKinds.Distinct())
            experts = experts.Where(e => valid.Any(c => c.ExpertId == e.Id && c.Kind == kind));
        return experts;
    }
}

public sealed record EligibleExpert(Guid Id, string FullName, string Email, ExpertStatus Status, string CountryCode, string TimeZoneId);

/// <param name="RequiredKinds">Credential kinds the expert must hold, each valid on the day; none means any valid credential.</param>
public sealed record FindEligibleExpertsQuery(DateOnly Day, Guid SpecialtyId, IReadOnlyCollection<CredentialKind>? RequiredKinds = null);

public sealed class FindEligibleExpertsHandler(IAppDbContext db)
{
    /// <returns>The eligible experts by name; an unknown specialty is a <see cref="Refusal"/>.</returns>
    public async Task<IReadOnlyList<EligibleExpert>> HandleAsync(FindEligibleExpertsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var path = await db.Specialties.AsNoTracking().Where(s => s.Id == query.SpecialtyId).Select(s => s.Path).SingleOrDefaultAsync(cancellationToken)
            ?? throw Refusal.NotFound("The specialty");
        return await EligibleExperts.Query(db, query.Day, path, query.RequiredKinds ?? [])
            .OrderBy(e => e.FullName).ThenBy(e => e.Id)
            .Select(e => new EligibleExpert(e.Id, e.FullName, e.Email, e.Status, e.CountryCode, e.TimeZoneId))
            .ToListAsync(cancellationToken);
    }
}
