using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

public sealed record OfferDeadlinesResult(int Expired, int Reminded, IReadOnlyList<Guid> RequestsShortOfOffers, bool YieldedToAnotherRun)
{
    public override string ToString() =>
        $"{Expired} offers expired; {Reminded} reminders queued; {RequestsShortOfOffers.Count} auto-backfill requests have fewer offers out than open seats"
        + (YieldedToAnotherRun ? "; stopped early because another node was working through the same offers" : string.Empty);
}

/// <summary>
/// The offer deadline run. Expires offers past their deadline, then reminds each expert whose offer ends soon — once:
/// the reminder is queued with the engagement's reminder stamp and a fresh offer link in one save, under the
/// engagement's version, so a second run (or a second node at the same moment) finds nothing left to do or loses the
/// race and rolls back whole. Works in batches. Last, it lists the open requests with auto-backfill on that have fewer
/// offers out than open seats: the requests <see cref="BackfillStaffingHandler"/> sends the next wave on.
/// </summary>
public sealed class RunOfferDeadlinesHandler(IAppDbContext db, IClock clock, StaffingEmails emails, StaffingOptions options)
{
    public const int BatchSize = 200;

    public async Task<OfferDeadlinesResult> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var yielded = false;
        var expired = 0;
        var reminded = 0;
        try
        {
            expired = await ExpireAsync(now, cancellationToken);
            reminded = await RemindAsync(now, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run changed one of this batch's offers first; this batch rolled back whole and that run carries on.
            yielded = true;
        }
        return new OfferDeadlinesResult(expired, reminded, await RequestsShortOfOffersAsync(cancellationToken), yielded);
    }

    /// <summary>Loads a batch of overdue offers, expires them and saves; saved ones no longer match, so the next batch is new.</summary>
    private async Task<int> ExpireAsync(DateTime now, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var batch = await db.Engagements
                .Where(Engagement.OfferLapsedAt(now))
                .OrderBy(e => e.OfferExpiresUtc).ThenBy(e => e.Id)
                .Take(BatchSize).ToListAsync(cancellationToken);
            var changed = batch.Count(e => e.ExpireIfDue(now));
            if (changed == 0)
                return total;
            await db.SaveChangesAsync(cancellationToken);
            total += changed;
            if (batch.Count < BatchSize)
                return total;
        }
    }

    /// <summary>
    /// Offers ending within the longest lead that have had no reminder. Whether one is due yet depends on its own
    /// response time (a short offer is reminded later), so candidates are read by id in batches and checked here.
    /// </summary>
    private async Task<int> RemindAsync(DateTime now, CancellationToken cancellationToken)
    {
        var horizon = now.AddHours(options.ReminderLeadHours);
        var total = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Engagements.Include(e => e.AgreedRates)
                .Where(e => e.Status == EngagementStatus.Offered && e.OfferRemindedUtc == null && e.OfferExpiresUtc > now && e.OfferExpiresUtc <= horizon);
            if (after is { } last)
                query = query.Where(e => e.Id.CompareTo(last) > 0);
            var batch = await query.OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                return total;
            after = batch[^1].Id;

            var due = batch.Where(e => options.ReminderDueUtc(e.OfferedUtc!.Value, e.OfferExpiresUtc!.Value) <= now).ToList();
            if (due.Count == 0)
                continue;
            var expertIds = due.Select(e => e.ExpertId).Distinct().ToList();
            var experts = await db.Experts.AsNoTracking().Where(x => expertIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, cancellationToken);
            var requestIds = due.Select(e => e.StaffingRequestId).Distinct().ToList();
            // Offers not yet accepted name the project and client only as far as its confidentiality level allows.
            var names = new Dictionary<Guid, (string Project, string Client)>();
            foreach (var request in await db.StaffingRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToListAsync(cancellationToken))
                names[request.Id] = await EngagementLoading.NamesForExpertAsync(db, request, accepted: false, cancellationToken);
            foreach (var engagement in due)
            {
                engagement.MarkOfferReminded(now);
                var token = engagement.IssueOfferLink();
                var name = names[engagement.StaffingRequestId];
                emails.OfferReminder(experts[engagement.ExpertId], engagement, token.Value, name.Project, name.Client);
            }
            await db.SaveChangesAsync(cancellationToken);
            total += due.Count;
        }
    }

    /// <summary>
    /// Open requests with auto-backfill on whose open seats outnumber the offers awaiting an answer: after expiry has
    /// freed their places, the job hands them to <see cref="BackfillStaffingHandler"/> for their next wave.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> RequestsShortOfOffersAsync(CancellationToken cancellationToken) =>
        await db.StaffingRequests.AsNoTracking()
            .Where(r => r.Status == StaffingRequestStatus.Open && r.AutoBackfill
                        && r.SeatsNeeded - r.SeatsFilled > db.Engagements.Count(e => e.StaffingRequestId == r.Id && e.Status == EngagementStatus.Offered))
            .OrderBy(r => r.OpenedUtc).ThenBy(r => r.Id)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
}
