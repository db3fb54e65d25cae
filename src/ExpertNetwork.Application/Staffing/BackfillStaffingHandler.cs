using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

public sealed record BackfillResult(int Requests, int OffersSent, int Exhausted)
{
    public override string ToString() =>
        $"{OffersSent} backfill offers sent on {Requests} requests; {Exhausted} requests ran out of candidates";
}
/// <summary>The requests to send the next wave of offers on (those short of offers).</summary>
public sealed record BackfillStaffingCommand(IReadOnlyList<Guid> RequestIds);

/// <summary>
/// Auto-backfill: for each open request with auto-backfill on whose first wave went out, while its open seats outnumber
/// the offers awaiting an answer, the next wave goes to the next-ranked fitting experts who have no engagement on it yet
/// (at most the request's wave size, and no more than the seats the awaiting offers cannot fill). When nobody is left and
/// no offer is out, the program manager who opened the request is told, once, until new offers go out. Each request is
/// its own unit of work; a racing run (another node) is refused by the one-engagement-per-expert index and the request's
/// version and leaves that request to the run that won.
/// </summary>
public sealed class BackfillStaffingHandler(FreshAttempts attempts)
{
    // One attempt: a run that loses a race to another node leaves that request to the run that won (see the step).
    private static readonly FreshAttemptPolicy Policy = new("backfill staffing", MaxAttempts: 1, FreshAttemptPolicy.DefaultBusyMessage);

    public async Task<BackfillResult> HandleAsync(BackfillStaffingCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestIds = command.RequestIds;
        ArgumentNullException.ThrowIfNull(requestIds);
        int requests = 0, sent = 0, exhausted = 0;
        foreach (var id in requestIds)
        {
            // Each request is its own unit of work, in its own scope.
            var outcome = await attempts.RunAsync<BackfillRequestStep, (int Sent, bool Exhausted)>(Policy, (step, ct) => step.RunAsync(id, ct), cancellationToken);
            if (outcome.Sent > 0)
                requests++;
            sent += outcome.Sent;
            exhausted += outcome.Exhausted ? 1 : 0;
        }
        return new BackfillResult(requests, sent, exhausted);
    }
}

/// <summary>One request's backfill, in its own scope and unit of work.</summary>
public sealed class BackfillRequestStep(
    IAppDbContext db, NextCandidatesHandler nextCandidates, SendOffersHandler offers, IEmailOutbox outbox, ITemplateRenderer templates,
    StaffingOptions options, IClock clock)
{
    public const string ExhaustedTemplate = "emails/staffing-exhausted";

    public async Task<(int Sent, bool Exhausted)> RunAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.StaffingRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || request.Status != StaffingRequestStatus.Open || !request.AutoBackfill)
            return (0, false);
        var offered = db.Engagements.Where(e => e.StaffingRequestId == requestId && e.OfferedUtc != null);
        // The program manager sends the first wave after reviewing candidates; backfill only keeps it going.
        if (!await offered.AnyAsync(cancellationToken))
            return (0, false);
        var awaiting = await offered.CountAsync(e => e.Status == EngagementStatus.Offered, cancellationToken);
        var shortOfOffers = request.SeatsOpen - awaiting;
        if (shortOfOffers <= 0)
            return (0, false);

        var next = await nextCandidates.HandleAsync(new NextCandidatesQuery(requestId, Math.Min(request.WaveSize, shortOfOffers)), cancellationToken);
        if (next.Count > 0)
        {
            SendOffersResult result;
            try
            {
                result = await offers.HandleAsync(new SendOffersCommand(requestId, next), cancellationToken);
            }
            catch (Refusal rule) when (rule.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                // Another run (another node) sent offers to the same experts a moment ago: that wave stands, this one is void.
                return (0, false);
            }
            if (result.Sent.Count > 0)
                return (result.Sent.Count, false);
        }
        if (awaiting > 0 || !request.NoteCandidatesExhausted(clock.UtcNow))
            return (0, false);
        await TellProgramManagerAsync(request, cancellationToken);
        return (0, await SaveAsync(cancellationToken));
    }

    /// <returns>False when another run changed the request first (its version); that run's outcome stands.</returns>
    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private async Task TellProgramManagerAsync(StaffingRequest request, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == request.ProjectId).Select(p => p.Name).SingleAsync(cancellationToken);
        var to = request.OpenedBy is { } openedBy && openedBy.Contains('@', StringComparison.Ordinal) && System.Net.Mail.MailAddress.TryCreate(openedBy, out _)
            ? openedBy
            : options.ContactEmail;
        var mail = templates.RenderEmail(ExhaustedTemplate, new
        {
            request = new
            {
                title = request.Title,
                seatsOpen = request.SeatsOpen,
                seatsNeeded = request.SeatsNeeded,
                url = new Uri(options.LinkBaseUrl, $"/staffing/{request.Id}").ToString(),
            },
            project = new { title = project },
            sender = new { name = options.SenderName },
        });
        outbox.Enqueue(new EmailMessage(to, null, mail.Subject, mail.Html, mail.Text));
    }
}
