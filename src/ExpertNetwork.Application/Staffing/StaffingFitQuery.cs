using System.Linq.Expressions;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>
/// The SQL twin of <see cref="StaffingFitRules.Check"/>: the experts who pass every hard filter of a staffing request,
/// as one query the ranking reads from. Each filter is an EXISTS on an indexed child table (specialty links, credentials
/// by expert and kind, NDAs by expert and status, rate lines by expert and activity, languages, employers by normalised
/// name, engagements by expert and status), so the database starts from the status index and probes per expert.
/// </summary>
public static class StaffingFitQuery
{
    public static async Task<IQueryable<Expert>> FittingAsync(IAppDbContext db, StaffingTerms terms, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        var conflicted = await ConflictedByDeclarationAsync(db, terms, cancellationToken);
        return Fitting(db, terms, nowUtc, conflicted);
    }

    public static IQueryable<Expert> Fitting(IAppDbContext db, StaffingTerms terms, DateTime nowUtc, IReadOnlyCollection<Guid> conflictedByDeclaration)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        var start = terms.Window.Start;
        var end = terms.WindowEnd;
        var requestId = terms.StaffingRequestId;
        var clientId = terms.ClientId;
        var specialtyIds = terms.SpecialtyIds.ToList();

        // The query starts from the experts one filter admits (written Id IN (...), which SQLite drives the query from):
        // the first required credential's holders through the covering (Kind, Status, ExpiresOn, ExpertId) index, or
        // without one the specialty's experts; every other filter is a probe by expert id. Starting from the status
        // index instead probes every vetted and active expert for every filter (about ten times the work).
        var kinds = terms.RequiredCredentialKinds.Distinct().ToList();
        // Credential.IsValidThroughout the window: valid on its last day (so verified, and expiring after it, if at all).
        var validOverWindow = db.Credentials.Where(Credential.ValidOn(end));
        var experts = db.Experts.AsNoTracking();
        if (kinds.Count > 0)
        {
            var first = kinds[0];
            var holders = validOverWindow.Where(c => c.Kind == first).Select(c => c.ExpertId);
            experts = experts.Where(e => holders.Contains(e.Id));
        }
        else
        {
            var inSpecialty = db.ExpertSpecialties.Where(s => specialtyIds.Contains(s.SpecialtyId)).Select(s => s.ExpertId);
            experts = experts.Where(e => inSpecialty.Contains(e.Id));
        }
        experts = experts.Where(e => e.Status == ExpertStatus.Vetted || e.Status == ExpertStatus.Active);

        // One taxonomy branch is a prefix match on the linked specialty's path: the expert's one or two links, each
        // read by key, rather than a probe per specialty in the branch.
        if (terms.SpecialtyRootPaths is [var path])
            experts = experts.Where(e => e.Specialties.Any(s => s.Specialty!.Path.StartsWith(path)));
        else
            experts = experts.Where(e => e.Specialties.Any(s => specialtyIds.Contains(s.SpecialtyId)));

        foreach (var kind in kinds.Skip(1))
            experts = experts.Where(e => validOverWindow.Any(c => c.ExpertId == e.Id && c.Kind == kind));

        // StaffingFitRules.Nda: in force from the later of the window's start and today through the window's end, or sent
        // and still signable; each NDA condition is one EXISTS over the expert's agreements.
        var today = DateOnly.FromDateTime(nowUtc);
        var from = today > start ? today : start;
        var inForceOverWindow = NdaAgreement.InForceOn(from).And(n => n.ExpiresOn == null || n.ExpiresOn > end);
        Expression<Func<NdaAgreement, bool>> signable = n => n.Status == NdaStatus.Sent && n.SignByUtc > nowUtc;
        Expression<Func<NdaAgreement, bool>> master = n => n.Scope == NdaScope.Master;
        Expression<Func<NdaAgreement, bool>> forClient = n => n.Scope == NdaScope.Client && n.ClientId == clientId;
        var masterReady = db.NdaAgreements.Where(master.Or(forClient).And(inForceOverWindow).Or(master.And(signable)));
        experts = experts.Where(e => masterReady.Any(n => n.ExpertId == e.Id));
        if (terms.RequiresClientNda && !terms.ClientNdaTemplateAvailable)
        {
            var clientReady = db.NdaAgreements.Where(forClient.And(inForceOverWindow.Or(signable)));
            experts = experts.Where(e => clientReady.Any(n => n.ExpertId == e.Id));
        }

        experts = experts.Where(e => !e.Blackouts.Any(b => b.Days.Start <= start && (b.Days.End == null || b.Days.End >= end)));

        // Scaled-integer columns subtract and sum exactly in SQL; only reading a SUM back would need the converter.
        var hours = terms.HoursPerWeek;
        experts = experts.Where(e => e.WeeklyCapacityHours - db.Engagements
            .Where(g => g.ExpertId == e.Id && g.StaffingRequestId != requestId
                && (g.Status == EngagementStatus.Offered || g.Status == EngagementStatus.Accepted || g.Status == EngagementStatus.Active)
                && g.Window.Start <= end && (g.Window.End == null || g.Window.End >= start))
            .Sum(g => g.HoursPerWeek) >= hours);

        var activity = terms.Activity;
        var currency = terms.MaxHourlyPayRate.Currency;
        var max = terms.MaxHourlyPayRate.Amount;
        experts = experts.Where(e => e.Rates.Any(r => r.Activity == activity && r.HourlyRate.Currency == currency && r.HourlyRate.Amount <= max
            && r.Effective.Start <= start && (r.Effective.End == null || r.Effective.End >= start)));

        foreach (var language in terms.Languages.Distinct())
            experts = experts.Where(e => e.Languages.Any(l => l.Code == language));

        if (terms.RestrictedCompanies.Count > 0)
        {
            var restricted = terms.RestrictedCompanies.Select(CompanyNames.Normalize).Distinct().ToList();
            experts = experts.Where(e => !e.Employers.Any(x => restricted.Contains(x.NormalizedName)));
            if (conflictedByDeclaration.Count > 0)
            {
                var ids = conflictedByDeclaration.ToList();
                experts = experts.Where(e => !ids.Contains(e.Id));
            }
        }
        return experts;
    }

    /// <summary>
    /// Experts who once declared a restricted company as an employer. Declarations keep names as the expert typed them,
    /// so they are compared in memory with <see cref="CompanyNames.SameCompany"/>; there is one per engagement that asked
    /// for it, far fewer than experts.
    /// </summary>
    public static async Task<IReadOnlyCollection<Guid>> ConflictedByDeclarationAsync(IAppDbContext db, StaffingTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.RestrictedCompanies.Count == 0)
            return [];
        var restricted = terms.RestrictedCompanies.Select(CompanyNames.Normalize).ToHashSet(StringComparer.Ordinal);
        var declarations = await db.ConflictDeclarations.AsNoTracking().Select(d => new { d.ExpertId, d.Employers }).ToListAsync(cancellationToken);
        return declarations.Where(d => d.Employers.Any(x => restricted.Contains(CompanyNames.Normalize(x)))).Select(d => d.ExpertId).ToHashSet();
    }
}
