using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Engagements;

/// <summary>An offer that went out: the engagement and who it is for.</summary>
public sealed record SentOffer(Guid EngagementId, Guid ExpertId, string ExpertName, DateTime OfferExpiresUtc);

/// <summary>An expert no offer was sent to, and why (one human sentence or more).</summary>
public sealed record RefusedOffer(Guid ExpertId, string ExpertName, string Reason);

public sealed record SendOffersResult(IReadOnlyList<SentOffer> Sent, IReadOnlyList<RefusedOffer> Refused);
/// <summary>The experts to send offers to on a staffing request.</summary>
public sealed record SendOffersCommand(Guid StaffingRequestId, IReadOnlyList<Guid> ExpertIds);

/// <summary>
/// Sends offers on a staffing request to the chosen experts. Each expert is checked on their own: fitting the request
/// (<see cref="IStaffingFit"/>), no engagement on the request yet, a rate card line for the request's activity in its
/// currency on the first day of the window. Those who pass get an engagement with the agreed rates snapshotted, an offer
/// with the request's response deadline and the email with their link; the others are refused with the reason. Every
/// offer (and any NDA the expert will have to sign with it) is saved in one unit of work.
/// </summary>
public sealed class SendOffersHandler(IAppDbContext db, IStaffingFit fit, IEmailOutbox outbox, ITemplateRenderer templates, IClock clock, StaffingOptions links)
{
    public const string OfferTemplate = "emails/offer";
    public const string Sender = "The ExpertNetwork staffing team";

    public async Task<SendOffersResult> HandleAsync(SendOffersCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (staffingRequestId, expertIds) = command;
        ArgumentNullException.ThrowIfNull(expertIds);
        var appBaseUrl = links.LinkBaseUrl;
        var request = await db.StaffingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == staffingRequestId, cancellationToken)
            ?? throw Refusal.NotFound("The staffing request");
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == request.ProjectId, cancellationToken);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == project.ClientId, cancellationToken);
        var disclosure = OfferDisclosure.For(project, client.Name, request);
        var ids = expertIds.Distinct().ToList();
        var experts = await db.Experts.AsNoTracking().Include(e => e.Rates)
            .Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var engaged = await db.Engagements.AsNoTracking()
            .Where(e => e.StaffingRequestId == staffingRequestId && ids.Contains(e.ExpertId))
            .Select(e => new { e.ExpertId, e.Status })
            .ToListAsync(cancellationToken);

        var now = clock.UtcNow;
        var deadline = request.OfferDeadlineFrom(now);
        var currency = request.MaxHourlyPayRate.Currency;
        var sent = new List<SentOffer>();
        var refused = new List<RefusedOffer>();
        foreach (var id in ids)
        {
            if (!experts.TryGetValue(id, out var expert))
            {
                refused.Add(new RefusedOffer(id, "Unknown expert", "There is no expert with this id."));
                continue;
            }
            if (request.Status != StaffingRequestStatus.Open)
            {
                refused.Add(new RefusedOffer(id, expert.FullName, request.Status == StaffingRequestStatus.Filled
                    ? "The request is filled: every seat is taken, so no more offers can be sent."
                    : "The request is closed, so no more offers can be sent."));
                continue;
            }
            if (engaged.FirstOrDefault(e => e.ExpertId == id) is { } existing)
            {
                refused.Add(new RefusedOffer(id, expert.FullName,
                    $"Already has an engagement on this request ({existing.Status.ToString().ToLowerInvariant()})."));
                continue;
            }
            var whyNot = await fit.WhyNotAsync(staffingRequestId, id, cancellationToken);
            if (whyNot.Count > 0)
            {
                refused.Add(new RefusedOffer(id, expert.FullName, string.Join(" ", whyNot)));
                continue;
            }
            var rates = RatesOn(expert, currency, request.Window.Start);
            if (!rates.TryGetValue(request.Activity, out var mainRate))
            {
                refused.Add(new RefusedOffer(id, expert.FullName,
                    $"No {ActivityNames.Describe(request.Activity).ToLowerInvariant()} rate in {currency} on their rate card for {request.Window.Start:yyyy-MM-dd}."));
                continue;
            }
            if (mainRate.CompareTo(request.MaxHourlyPayRate) > 0)
            {
                refused.Add(new RefusedOffer(id, expert.FullName,
                    $"Their {ActivityNames.Describe(request.Activity).ToLowerInvariant()} rate of {mainRate} is above the request's maximum of {request.MaxHourlyPayRate}."));
                continue;
            }
            var nda = await OfferNda.ForAsync(db, id, project, request.Window.Start, now, tracked: false, cancellationToken);
            if (nda.State == OfferNdaState.Unavailable)
            {
                refused.Add(new RefusedOffer(id, expert.FullName,
                    $"They have no NDA in force for this client and no current version of {OfferNda.Describe(nda.Scope)} is published to sign with the offer."));
                continue;
            }

            var engagement = Engagement.Propose(id, request, rates, matchRank: null, now);
            var token = engagement.Offer(deadline, now);
            db.Engagements.Add(engagement);
            // The NDA the expert signs on the offer page is prepared now, so the page shows a document that does not
            // change between reading it and signing it.
            if (nda.State == OfferNdaState.ToPrepare)
                db.NdaAgreements.Add(NdaAgreement.Send(id, nda.Template!, project.ClientId, deadline, now));
            Enqueue(expert, disclosure, engagement, token, appBaseUrl);
            sent.Add(new SentOffer(engagement.Id, id, expert.FullName, deadline));
        }
        if (sent.Count > 0)
        {
            // Offers are out again, so running out of candidates later is news to the program manager again.
            if (request.CandidatesExhaustedUtc is not null)
                (await db.StaffingRequests.SingleAsync(r => r.Id == staffingRequestId, cancellationToken)).NoteOffersSent();
            await SaveAsync(staffingRequestId, sent, cancellationToken);
        }
        return new SendOffersResult(sent, refused);
    }

    /// <summary>
    /// Saves the offers; when the unique (request, expert) index refuses one because an offer to the same expert was
    /// saved a moment earlier (a second tab, a second node), nothing of this batch is saved and that is said plainly.
    /// </summary>
    private async Task SaveAsync(Guid staffingRequestId, List<SentOffer> sent, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            var ours = sent.Select(s => s.EngagementId).ToList();
            var expertIds = sent.Select(s => s.ExpertId).ToList();
            var taken = await db.Engagements.AsNoTracking()
                .Where(e => e.StaffingRequestId == staffingRequestId && expertIds.Contains(e.ExpertId) && !ours.Contains(e.Id))
                .Select(e => e.ExpertId).ToListAsync(cancellationToken);
            if (taken.Count == 0)
                throw;
            var names = sent.Where(s => taken.Contains(s.ExpertId)).Select(s => s.ExpertName).Order(StringComparer.CurrentCulture);
            throw Refusal.Conflict(
                $"An offer to {string.Join(", ", names)} was sent a moment ago from elsewhere, so none of these offers was sent. Reload the request and send again.");
        }
    }

    /// <summary>The expert's rates on that day in the request's currency, one per activity: the agreed rate snapshot.</summary>
    private static Dictionary<Activity, Money> RatesOn(Expert expert, string currency, DateOnly day) =>
        Enum.GetValues<Activity>()
            .Select(a => (Activity: a, Rate: expert.RateOn(a, day)))
            .Where(x => x.Rate is not null && x.Rate.Currency == currency)
            .ToDictionary(x => x.Activity, x => x.Rate!);

    private void Enqueue(Expert expert, OfferDisclosure disclosure, Engagement engagement, LinkToken token, Uri appBaseUrl)
    {
        var email = templates.RenderEmail(OfferTemplate, new
        {
            expert = new { name = expert.FullName },
            project = new { title = disclosure.Title, client = disclosure.Client },
            offer = new
            {
                rate = engagement.PayRate.Amount,
                currency = engagement.PayRate.Currency,
                hours = engagement.HoursCap,
                startDate = engagement.Window.Start,
                respondBy = LocalDate(engagement.OfferExpiresUtc!.Value, expert.TimeZoneId),
                url = OfferLinks.For(appBaseUrl, token.Value),
            },
            sender = new { name = Sender },
        });
        outbox.Enqueue(new EmailMessage(expert.Email, expert.FullName, email.Subject, email.Html, email.Text));
    }

    private static DateOnly LocalDate(DateTime utc, string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone))
            : DateOnly.FromDateTime(utc);
}
