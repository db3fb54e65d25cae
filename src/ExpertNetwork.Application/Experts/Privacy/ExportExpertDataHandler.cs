using System.Text.Json.Nodes;
using ExpertNetwork.Domain.Auditing;

namespace ExpertNetwork.Application.Experts.Privacy;

public sealed record ExportExpertDataQuery(Guid ExpertId);

/// <summary>
/// Gathers everything held about one expert for a data access request: the profile and the records that name them,
/// and every audit event about any of those records (found by record id, and by the expert's id in the recorded
/// values, which also finds rows that have since been removed). Reads only; one expert's records are few.
/// </summary>
public sealed class ExportExpertDataHandler(IAppDbContext db, IClock clock)
{
    public async Task<ExpertPersonalData?> HandleAsync(ExportExpertDataQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var expertId = query.ExpertId;
        var expert = await db.Experts.AsNoTracking()
            .Include(e => e.Languages).Include(e => e.Specialties).ThenInclude(s => s.Specialty)
            .Include(e => e.Blackouts).Include(e => e.Rates).Include(e => e.Employers)
            .SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken);
        if (expert is null)
            return null;
        // A copy of everything held on a person leaves the system: who took it, and when, is on record.
        db.RecordAuditEvent("PersonalDataExported", "Expert", expertId.ToString(), null, new { format = "json" });
        await db.SaveChangesAsync(cancellationToken);

        var credentials = await db.Credentials.AsNoTracking().Where(c => c.ExpertId == expertId).OrderBy(c => c.CreatedUtc).ToListAsync(cancellationToken);
        var ndas = await db.NdaAgreements.AsNoTracking().Where(n => n.ExpertId == expertId).OrderBy(n => n.SentUtc).ToListAsync(cancellationToken);
        var engagements = await db.Engagements.AsNoTracking().Include(e => e.AgreedRates).Where(e => e.ExpertId == expertId).OrderBy(e => e.ProposedUtc).ToListAsync(cancellationToken);
        var declarations = await db.ConflictDeclarations.AsNoTracking().Where(d => d.ExpertId == expertId).OrderBy(d => d.DeclaredUtc).ToListAsync(cancellationToken);
        var timeEntries = await db.TimeEntries.AsNoTracking().Where(t => t.ExpertId == expertId).OrderBy(t => t.WorkDate).ToListAsync(cancellationToken);
        var payouts = await db.PayoutStatements.AsNoTracking().Where(p => p.ExpertId == expertId).OrderBy(p => p.CreatedUtc).ToListAsync(cancellationToken);

        var id = expertId.ToString();
        var childPrefix = id + "/";
        var recordIds = credentials.Select(c => c.Id).Concat(ndas.Select(n => n.Id)).Concat(engagements.Select(e => e.Id))
            .Concat(declarations.Select(d => d.Id)).Concat(timeEntries.Select(t => t.Id)).Concat(payouts.Select(p => p.Id))
            .Select(g => g.ToString()).ToList();
        var events = await db.AuditEvents.AsNoTracking()
            .Where(a => a.EntityId == id || a.EntityId.StartsWith(childPrefix) || recordIds.Contains(a.EntityId)
                || (a.Before != null && a.Before.Contains(id)) || (a.After != null && a.After.Contains(id)))
            .ToListAsync(cancellationToken);
        // Rows under an engagement (its agreed rates) are keyed "<engagement id>/...", and name the engagement only.
        foreach (var prefix in engagements.Select(e => e.Id + "/"))
            events.AddRange(await db.AuditEvents.AsNoTracking().Where(a => a.EntityId.StartsWith(prefix)).ToListAsync(cancellationToken));
        events = events.DistinctBy(a => a.Sequence).OrderBy(a => a.Sequence).ToList();

        return new ExpertPersonalData(
            clock.UtcNow,
            new ExpertProfileData(expert.Id, expert.FullName, expert.Email, expert.Phone, expert.CountryCode, expert.TimeZoneId, expert.YearsOfExperience,
                expert.Headline, expert.Notes, expert.WeeklyCapacityHours, expert.Status, expert.StatusReason, expert.StatusChangedUtc, expert.CreatedUtc, expert.ErasedUtc),
            expert.Languages.Select(l => l.Code).Order(StringComparer.Ordinal).ToList(),
            expert.Employers.Select(x => x.Name).Order(StringComparer.Ordinal).ToList(),
            expert.Specialties.Select(s => new SpecialtyData(s.Specialty!.Path, s.Specialty.Name)).OrderBy(s => s.Path, StringComparer.Ordinal).ToList(),
            expert.Blackouts.OrderBy(b => b.Days.Start).Select(b => new BlackoutData(b.Days.Start, b.Days.End, b.Reason)).ToList(),
            expert.Rates.OrderBy(r => r.Activity).ThenBy(r => r.Effective.Start)
                .Select(r => new RateData(r.Activity, r.HourlyRate.Amount, r.HourlyRate.Currency, r.Effective.Start, r.Effective.End)).ToList(),
            credentials.Select(c => new CredentialData(c.Id, c.Kind, c.Issuer, c.Number, c.Jurisdiction, c.IssuedOn, c.ExpiresOn, c.Status, c.ReviewedBy,
                c.ReviewedUtc, c.RejectionReason, c.EvidenceFileName, c.EvidenceContentType, c.EvidenceSizeBytes, c.EvidenceSha256)).ToList(),
            ndas.Select(n => new NdaData(n.Id, n.Scope, n.TemplateVersion, n.Status, n.SentUtc, n.SignByUtc, n.SignedUtc, n.SignerName, n.ConsentGiven,
                n.SignerIp, n.SignerUserAgent, n.DocumentSha256, n.ExpiresOn, n.ClosedUtc, n.ClosedReason)).ToList(),
            engagements.Select(e => new EngagementData(e.Id, e.ProjectId, e.Status, e.Activity, e.HoursPerWeek, e.Window.Start, e.Window.End,
                e.AgreedRates.OrderBy(r => r.Activity).Select(r => new RateData(r.Activity, r.HourlyRate.Amount, r.HourlyRate.Currency, e.Window.Start, e.Window.End)).ToList(),
                e.ProposedUtc, e.OfferedUtc, e.DecidedUtc, e.DeclineReason, e.AcceptedByName, e.AcceptanceIp, e.AcceptanceUserAgent, e.ContractSha256,
                e.ActivatedUtc, e.EndedUtc, e.EndReason)).ToList(),
            declarations.Select(d => new ConflictDeclarationData(d.Id, d.EngagementId, d.Employers.ToList(), d.OtherInterests, d.DeclaredUtc)).ToList(),
            timeEntries.Select(t => new TimeEntryData(t.Id, t.EngagementId, t.WorkDate, t.Activity, t.Hours, t.Note, t.Status)).ToList(),
            payouts.Select(p => new PayoutStatementData(p.Id, p.Number, p.Status, p.Period.Start, p.Period.End, p.Total, p.Currency, p.IssueDate, p.PaidOn)).ToList(),
            events.Select(Describe).ToList());
    }

    private static AuditEventData Describe(AuditEvent a) => new(a.Sequence, a.OccurredUtc, a.ActorKind, a.ActorName, a.Action, a.EntityType, a.EntityId,
        a.Before is null ? null : JsonNode.Parse(a.Before), a.After is null ? null : JsonNode.Parse(a.After));
}
