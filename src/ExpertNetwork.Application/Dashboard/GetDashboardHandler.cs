using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Dashboard;

/// <summary>The numbers on the staff dashboard. Every figure is a query against live data.</summary>
public sealed class GetDashboardHandler(IAppDbContext db, IClock clock)
{
    public const int ExpiryWindowDays = 30;
    public const int ListLimit = 10;

    public async Task<DashboardView> HandleAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.UtcNow);
        var horizon = today.AddDays(ExpiryWindowDays);

        var byStatus = await db.Experts.AsNoTracking()
            .GroupBy(e => e.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        foreach (var status in Enum.GetValues<ExpertStatus>())
            byStatus.TryAdd(status, 0);

        var expiring = db.Credentials.AsNoTracking().Where(Credential.ValidOn(today)).Where(c => c.ExpiresOn <= horizon);

        var openRequests = db.StaffingRequests.AsNoTracking().Where(r => r.Status == StaffingRequestStatus.Open);

        var now = clock.UtcNow;
        var dayAhead = now.AddHours(24);
        var activeProjects = db.Projects.AsNoTracking().Where(p => p.Status == ProjectStatus.Active);
        var funnels = await StaffingFigures.FunnelsByProjectAsync(
            db.Engagements.Where(e => activeProjects.Any(p => p.Id == e.ProjectId)), cancellationToken);
        var funnelProjectIds = funnels.Keys.ToList();
        var projectNames = await activeProjects.Where(p => funnelProjectIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        var invoices = await db.Invoices.AsNoTracking()
            .GroupBy(i => i.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        return new DashboardView
        {
            ExpertsByStatus = byStatus,
            CredentialsPendingVerification = await db.Credentials.CountAsync(c => c.Status == VerificationStatus.Pending, cancellationToken),
            CredentialsExpiringSoonCount = await expiring.CountAsync(cancellationToken),
            CredentialsExpiringSoon = await expiring
                .OrderBy(c => c.ExpiresOn).ThenBy(c => c.Id)
                .Take(ListLimit)
                .Join(db.Experts, c => c.ExpertId, e => e.Id, (c, e) => new ExpiringCredential(c.Id, e.Id, e.FullName, c.Kind, c.Issuer, c.ExpiresOn!.Value))
                .ToListAsync(cancellationToken),
            NdasAwaitingSignature = await db.NdaAgreements.CountAsync(n => n.Status == NdaStatus.Sent, cancellationToken),
            OpenStaffingRequestCount = await openRequests.CountAsync(cancellationToken),
            OpenStaffingRequests = await openRequests
                .OrderBy(r => r.OpenedUtc)
                .Take(ListLimit)
                .Join(db.Projects, r => r.ProjectId, p => p.Id, (r, p) => new OpenStaffingRequest(r.Id, r.Title, p.Name, r.SeatsFilled, r.SeatsNeeded, r.OpenedUtc))
                .ToListAsync(cancellationToken),
            OffersOut = await db.Engagements.CountAsync(e => e.Status == EngagementStatus.Offered, cancellationToken),
            OffersExpiringWithinADay = await db.Engagements.CountAsync(
                e => e.Status == EngagementStatus.Offered && e.OfferExpiresUtc > now && e.OfferExpiresUtc <= dayAhead, cancellationToken),
            ProjectFunnels = funnels
                .Select(f => new ProjectFunnelRow(f.Key, projectNames.GetValueOrDefault(f.Key, "?"), f.Value))
                .OrderByDescending(f => f.Funnel.Awaiting).ThenByDescending(f => f.Funnel.Sent).ThenBy(f => f.ProjectName, StringComparer.OrdinalIgnoreCase)
                .Take(ListLimit)
                .ToList(),
            StaffingMedians = await StaffingFigures.MediansAsync(db, db.StaffingRequests, cancellationToken),
            ActiveEngagements = await db.Engagements.CountAsync(e => e.Status == EngagementStatus.Accepted || e.Status == EngagementStatus.Active, cancellationToken),
            RunningSprints = await db.Sprints.CountAsync(s => s.Status == SprintStatus.Running, cancellationToken),
            HoursAwaitingApproval = await db.TimeEntries.CountAsync(t => t.Status == TimeEntryStatus.Submitted, cancellationToken),
            InvoicesByStatus = invoices,
            ApprovedUnbilledHours = (await db.TimeEntries.AsNoTracking()
                .Where(t => t.Status == TimeEntryStatus.Approved && t.InvoiceId == null)
                .Select(t => t.Hours).ToListAsync(cancellationToken)).Sum(),
            ActiveClients = await db.Clients.CountAsync(c => !c.IsArchived, cancellationToken),
            ActiveProjects = await db.Projects.CountAsync(p => p.Status == ProjectStatus.Active, cancellationToken),
            ActiveApiKeys = await db.ApiKeys.CountAsync(Domain.Administration.ApiKey.UsableAt(clock.UtcNow), cancellationToken),
            AsOfUtc = now,
        };
    }
}
