using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Portal;

/// <summary>The portal of the signed-in expert.</summary>
public sealed record GetPortalQuery(Guid ExpertId);

/// <summary>The signed-in expert's portal, read in a few queries and only ever for that expert.</summary>
public sealed class GetPortalHandler(IAppDbContext db, IClock clock)
{
    public const int EntryLimit = 300;

    private static readonly EngagementStatus[] Visible = [EngagementStatus.Accepted, EngagementStatus.Active, EngagementStatus.Completed, EngagementStatus.Cancelled];

    public async Task<PortalView?> HandleAsync(GetPortalQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var expertId = query.ExpertId;
        var expert = await db.Experts.AsNoTracking().Where(e => e.Id == expertId && e.ErasedUtc == null)
            .Select(e => new { e.Id, e.FullName, e.TimeZoneId }).SingleOrDefaultAsync(cancellationToken);
        if (expert is null)
            return null;

        var engagements = await db.Engagements.AsNoTracking().Include(e => e.AgreedRates)
            .Where(e => e.ExpertId == expertId && Visible.Contains(e.Status))
            .ToListAsync(cancellationToken);
        var requestIds = engagements.Select(e => e.StaffingRequestId).Distinct().ToList();
        var requests = await db.StaffingRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var projectIds = engagements.Select(e => e.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var clientIds = projects.Values.Select(p => p.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var disclosures = engagements.ToDictionary(e => e.Id, e =>
        {
            var project = projects[e.ProjectId];
            var clientName = clients.GetValueOrDefault(project.ClientId, string.Empty);
            var disclosure = OfferDisclosure.For(project, clientName, requests[e.StaffingRequestId]);
            // Once accepted (under the contract and the NDA) the expert knows whom they work for; the level still shows
            // as the reminder to keep it to themselves.
            return e.AcceptedByName is null ? disclosure : disclosure with { Title = project.Name, Client = clientName, ClientNamed = true };
        });

        // Hours are stored scaled, which SQL cannot sum through; one expert's entries are few, so they are summed here.
        var entries = await db.TimeEntries.AsNoTracking().Where(t => t.ExpertId == expertId)
            .OrderByDescending(t => t.WorkDate).ThenByDescending(t => t.SubmittedUtc).ToListAsync(cancellationToken);
        var used = entries.Where(t => t.Status != TimeEntryStatus.Rejected).GroupBy(t => t.EngagementId).ToDictionary(g => g.Key, g => g.Sum(t => t.Hours));
        // "Paid" means the statement holding the hours is paid, not merely drafted or issued.
        var paidStatements = (await db.PayoutStatements.AsNoTracking()
            .Where(p => p.ExpertId == expertId && p.Status == DocumentStatus.Paid).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();

        var engagementIds = engagements.Select(e => e.Id).ToList();
        var sprints = await db.Sprints.AsNoTracking().Include(s => s.Participants)
            .Where(s => s.Participants.Any(p => engagementIds.Contains(p.EngagementId)))
            .OrderBy(s => s.StartUtc).ToListAsync(cancellationToken);
        var sprintNames = sprints.ToDictionary(s => s.Id, s => s.Name);

        var ndas = await db.NdaAgreements.AsNoTracking()
            .Where(n => n.ExpertId == expertId && n.SignedPdfKey != null && n.SignedUtc != null)
            .Join(db.NdaTemplates.AsNoTracking(), n => n.NdaTemplateId, t => t.Id, (n, t) => new { n.Id, t.Name, n.Scope, SignedUtc = n.SignedUtc!.Value, n.ExpiresOn })
            .ToListAsync(cancellationToken);

        // Drafts are finance's work in progress: the expert sees a statement once it is issued in their name.
        var statements = await db.PayoutStatements.AsNoTracking()
            .Where(p => p.ExpertId == expertId && p.Status != DocumentStatus.Draft && p.Number != null && p.PdfStorageKey != null)
            .Select(p => new { p.Id, p.Number, p.Kind, PeriodStart = p.Period.Start, PeriodEnd = p.Period.End, p.IssueDate, p.DueDate, p.Total, p.Currency, p.Status, p.PaidOn, p.SequenceNumber, p.CreditNoteId, p.CreditedDocumentId })
            .ToListAsync(cancellationToken);
        var numbers = statements.ToDictionary(p => p.Id, p => p.Number!);

        return new PortalView(
            expert.Id, expert.FullName, expert.TimeZoneId, TimeZones.TodayIn(clock.UtcNow, expert.TimeZoneId),
            [.. engagements.OrderByDescending(e => e.CanLogHours).ThenByDescending(e => e.Window.Start).Select(e => new PortalEngagement(
                e.Id, disclosures[e.Id].Title, disclosures[e.Id].Client, disclosures[e.Id].Level, e.Status, e.Window, e.Activity,
                [.. e.AgreedRates.OrderBy(r => r.Activity).Select(r => new PortalRate(r.Activity, r.HourlyRate))],
                e.HoursPerWeek, e.HoursCap, used.GetValueOrDefault(e.Id), e.ContractPdfKey is not null, e.CanLogHours))],
            [.. ndas.OrderByDescending(n => n.SignedUtc).Select(n => new PortalNda(n.Id, n.Name, n.Scope == NdaScope.Client, n.SignedUtc, n.ExpiresOn))],
            [.. sprints.Select(s =>
            {
                var mine = s.Participants.First(p => engagementIds.Contains(p.EngagementId));
                return new PortalSprint(s.Id, mine.EngagementId, s.Name, disclosures[mine.EngagementId].Title,
                    TimeZones.ToLocal(s.StartUtc, expert.TimeZoneId), TimeZones.ToLocal(s.EndUtc, expert.TimeZoneId), s.Status,
                    mine.CommittedHours, entries.Where(t => t.SprintId == s.Id && t.Status != TimeEntryStatus.Rejected).Sum(t => t.Hours), s.GuidelinesUrl);
            })],
            [.. entries.Take(EntryLimit).Select(t => new PortalEntry(
                t.Id, t.Version, t.EngagementId, disclosures.TryGetValue(t.EngagementId, out var d) ? d.Title : "(engagement)",
                t.SprintId, t.SprintId is { } sid ? sprintNames.GetValueOrDefault(sid) : null, t.WorkDate, t.Activity, t.Hours, t.Note,
                TimeEntry.StageOf(t.Status, t.InvoiceId, t.PayoutStatementId, t.PayoutStatementId is { } statement && paidStatements.Contains(statement)), t.RejectionReason))],
            [.. statements.OrderByDescending(p => p.IssueDate).ThenByDescending(p => p.Kind).ThenByDescending(p => p.SequenceNumber).Select(p => new PortalStatement(
                p.Id, p.Number!, p.Kind, new DateRange(p.PeriodStart, p.PeriodEnd), p.IssueDate!.Value, p.DueDate, new Money(p.Total, p.Currency), p.Status, p.PaidOn,
                (p.CreditNoteId ?? p.CreditedDocumentId) is { } related ? numbers.GetValueOrDefault(related) : null))]);
    }
}
