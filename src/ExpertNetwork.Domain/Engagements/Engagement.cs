using System.Linq.Expressions;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Domain.Engagements;

/// <summary>
/// An expert on a staffing request. Proposed -> Offered -> Accepted -> Active -> Completed;
/// Proposed | Offered -> Withdrawn; Offered -> Declined | Expired; Accepted | Active -> Cancelled.
/// Eligibility and the seat are re-checked by the accepting use case in the same transaction; this entity
/// guards its own state and the offer deadline.
/// </summary>
public sealed class Engagement : AggregateRoot
{
    /// <summary>The end reason of offers withdrawn because the last seat was taken.</summary>
    public const string FilledReason = "All seats on the request were filled before this offer was accepted.";

    private readonly List<EngagementRate> _agreedRates = [];

    private Engagement() { Window = new DateRange(DateOnly.MinValue, DateOnly.MinValue); }

    public Guid ExpertId { get; private set; }
    public Guid StaffingRequestId { get; private set; }
    public Guid ProjectId { get; private set; }
    public EngagementStatus Status { get; private set; }
    public Activity Activity { get; private set; }
    public decimal HoursPerWeek { get; private set; }
    public DateRange Window { get; private set; }
    public decimal HoursCap { get; private set; }
    public int? MatchRank { get; private set; }

    public DateTime ProposedUtc { get; private set; }
    public DateTime? OfferedUtc { get; private set; }
    public DateTime? OfferExpiresUtc { get; private set; }
    public DateTime? DecidedUtc { get; private set; }
    public string? DeclineReason { get; private set; }

    public string? AcceptedByName { get; private set; }
    public string? AcceptanceIp { get; private set; }
    public string? AcceptanceUserAgent { get; private set; }
    public string? ContractSha256 { get; private set; }

    /// <summary>SHA-256 of the token in the latest offer email's link; the token itself is never stored.</summary>
    public string? OfferLinkSha256 { get; private set; }

    /// <summary>When the expert first looked at the offer in a browser (for the funnel); null until then.</summary>
    public DateTime? OfferOpenedUtc { get; private set; }

    /// <summary>When the reminder before the offer deadline was queued; null until then, so it goes once.</summary>
    public DateTime? OfferRemindedUtc { get; private set; }

    /// <summary>Where the accepted contract PDF (terms, agreed rates and acceptance evidence) is stored, and its SHA-256.</summary>
    public string? ContractPdfKey { get; private set; }
    public string? ContractPdfSha256 { get; private set; }

    public DateTime? ActivatedUtc { get; private set; }
    public DateTime? EndedUtc { get; private set; }
    public string? EndReason { get; private set; }

    /// <summary>How the engagement ended (declined, expired, withdrawn, filled, …); null while it has not.</summary>
    public EngagementEndKind? EndKind { get; private set; }

    public IReadOnlyCollection<EngagementRate> AgreedRates => _agreedRates;

    /// <summary>Accepted, active or completed: the engagement holds (or held) a seat.</summary>
    public bool HoldsSeat => Status is EngagementStatus.Accepted or EngagementStatus.Active or EngagementStatus.Completed;

    public bool CanLogHours => Status is EngagementStatus.Accepted or EngagementStatus.Active;

    private static readonly Rule<Engagement, DateTime> OfferLapsed = new((e, nowUtc) =>
        e.Status == EngagementStatus.Offered && e.OfferExpiresUtc < nowUtc);

    /// <summary>The offer deadline rule, for queries: an offer still out whose deadline has passed.</summary>
    public static Expression<Func<Engagement, bool>> OfferLapsedAt(DateTime nowUtc) => OfferLapsed.At(nowUtc);

    /// <summary><see cref="OfferLapsedAt"/> for a loaded engagement: the offer can no longer be answered.</summary>
    public bool IsOfferLapsedAt(DateTime nowUtc) => OfferLapsed.IsMetBy(this, nowUtc);

    /// <summary>What an expert holding the offer link can do with it at that instant, given the engagement's request. Reading it changes nothing.</summary>
    public OfferLinkState LinkStateAt(DateTime nowUtc, StaffingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Id != StaffingRequestId)
            throw new ArgumentException("The request is not this engagement's.", nameof(request));
        return Status switch
        {
            EngagementStatus.Accepted or EngagementStatus.Active or EngagementStatus.Completed => OfferLinkState.Accepted,
            EngagementStatus.Declined => OfferLinkState.Declined,
            EngagementStatus.Expired => OfferLinkState.Expired,
            EngagementStatus.Offered when IsOfferLapsedAt(nowUtc) => OfferLinkState.Expired,
            EngagementStatus.Offered when request.Status == StaffingRequestStatus.Closed => OfferLinkState.RequestClosed,
            EngagementStatus.Offered when request.SeatsOpen <= 0 => OfferLinkState.Filled,
            EngagementStatus.Offered => OfferLinkState.Answerable,
            _ => OfferLinkState.Withdrawn,
        };
    }

    public static Engagement Propose(Guid expertId, StaffingRequest request, IReadOnlyDictionary<Activity, Money> payRates, int? matchRank, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(payRates);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (request.Status != StaffingRequestStatus.Open)
            throw Refusal.Conflict("Experts can only be proposed for an open staffing request.");
        if (!payRates.TryGetValue(request.Activity, out var mainRate))
            throw Refusal.Conflict($"The expert has no {request.Activity} rate to offer.");
        if (payRates.Values.Any(r => r.Currency != request.MaxHourlyPayRate.Currency))
            throw Refusal.Conflict($"Offered rates must be in {request.MaxHourlyPayRate.Currency}, the currency of the request.");
        if (mainRate.CompareTo(request.MaxHourlyPayRate) > 0)
            throw Refusal.Conflict($"The rate {mainRate} is above the request's maximum of {request.MaxHourlyPayRate}.");
        var engagement = new Engagement
        {
            ExpertId = expertId,
            StaffingRequestId = request.Id,
            ProjectId = request.ProjectId,
            Status = EngagementStatus.Proposed,
            Activity = request.Activity,
            HoursPerWeek = request.HoursPerWeek,
            Window = request.Window,
            HoursCap = request.HoursCap,
            MatchRank = matchRank,
            ProposedUtc = nowUtc,
        };
        foreach (var (activity, rate) in payRates)
        {
            if (rate.Amount <= 0)
                throw Refusal.Conflict("An agreed rate must be greater than zero.");
            engagement._agreedRates.Add(new EngagementRate(engagement.Id, activity, rate));
        }
        engagement.Record("Proposed");
        return engagement;
    }

    public Money? PayRateFor(Activity activity) => _agreedRates.SingleOrDefault(r => r.Activity == activity)?.HourlyRate;

    public Money PayRate => PayRateFor(Activity)!;

    /// <summary>
    /// Sends the offer: a deadline and a new link token whose hash is kept. Returns the token, which the caller puts in
    /// the offer email and does not keep.
    /// </summary>
    public LinkToken Offer(DateTime expiresUtc, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        Guard.Utc(expiresUtc, nameof(expiresUtc));
        Require("offered", EngagementStatus.Proposed);
        if (expiresUtc <= nowUtc)
            throw Refusal.Conflict("The offer deadline must be in the future.");
        Status = EngagementStatus.Offered;
        OfferedUtc = nowUtc;
        OfferExpiresUtc = expiresUtc;
        Record("Offered");
        return IssueOfferLink();
    }

    /// <summary>A new link for an open offer; the link in any earlier email stops working.</summary>
    public LinkToken IssueOfferLink()
    {
        Require("sent a new offer link", EngagementStatus.Offered);
        var token = LinkToken.Create();
        OfferLinkSha256 = token.Sha256;
        Record("OfferLinkIssued");
        return token;
    }

    /// <summary>Notes the first time the expert viewed the offer. Idempotent; false when nothing changed.</summary>
    public bool MarkOfferOpened(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (OfferedUtc is null || OfferOpenedUtc is not null)
            return false;
        OfferOpenedUtc = nowUtc;
        return true;
    }

    /// <summary>Notes that the deadline reminder was queued for an open offer. Idempotent; false when nothing changed.</summary>
    public bool MarkOfferReminded(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (Status != EngagementStatus.Offered || OfferRemindedUtc is not null)
            return false;
        OfferRemindedUtc = nowUtc;
        Record("OfferReminded");
        return true;
    }

    /// <summary>Keeps the stored contract PDF with the engagement, in the unit of work that accepts it.</summary>
    public void AttachContractPdf(string storageKey, string sha256)
    {
        if (AcceptedByName is null)
            throw Refusal.Conflict("Only an accepted engagement has a signed contract.");
        if (ContractPdfKey is not null)
            throw Refusal.Conflict("This engagement already has its contract document.");
        if (sha256 is not { Length: TextLimits.Sha256Hex })
            throw Refusal.Conflict("The contract document's hash must be a SHA-256 hex digest.");
        ContractPdfKey = Guard.Required(storageKey, "Storage key", TextLimits.Short);
        ContractPdfSha256 = sha256.ToLowerInvariant();
    }

    public void Accept(string signerName, bool consent, string? ipAddress, string? userAgent, string contractSha256, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        Require("accepted", EngagementStatus.Offered);
        if (IsOfferLapsedAt(nowUtc))
            throw Refusal.Conflict("The offer has expired.");
        if (!consent)
            throw Refusal.Invalid("Please confirm that you accept the engagement terms.", "Consent");
        if (contractSha256 is not { Length: TextLimits.Sha256Hex })
            throw Refusal.Invalid("The contract hash must be a SHA-256 hex digest.", "ContractSha256");
        AcceptedByName = Guard.Required(signerName, "Your full name", TextLimits.Name);
        AcceptanceIp = Guard.Optional(ipAddress, "IP address", TextLimits.IpAddress);
        AcceptanceUserAgent = userAgent is null ? null : userAgent[..Math.Min(userAgent.Length, TextLimits.UserAgent)];
        ContractSha256 = contractSha256.ToLowerInvariant();
        Status = EngagementStatus.Accepted;
        DecidedUtc = nowUtc;
        Record("Accepted");
    }

    public void Decline(string? reason, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        Require("declined", EngagementStatus.Offered);
        Status = EngagementStatus.Declined;
        EndKind = EngagementEndKind.Declined;
        DecidedUtc = nowUtc;
        DeclineReason = Guard.Optional(reason, "Reason", TextLimits.Reason);
        Record("Declined");
    }

    /// <summary>Expires an unanswered offer past its deadline. Idempotent; false when nothing changed.</summary>
    public bool ExpireIfDue(DateTime nowUtc)
    {
        if (!IsOfferLapsedAt(nowUtc))
            return false;
        Status = EngagementStatus.Expired;
        EndKind = EngagementEndKind.Expired;
        DecidedUtc = nowUtc;
        Record("Expired");
        return true;
    }

    public void Withdraw(string reason, DateTime nowUtc)
    {
        Require("withdrawn", EngagementStatus.Proposed, EngagementStatus.Offered);
        End(EngagementStatus.Withdrawn, EngagementEndKind.Withdrawn, reason, nowUtc, "Withdrawn");
    }

    /// <summary>Withdraws an offer (or proposal) that can no longer be accepted because every seat on its request is taken.</summary>
    public void WithdrawAsFilled(DateTime nowUtc)
    {
        Require("withdrawn", EngagementStatus.Proposed, EngagementStatus.Offered);
        End(EngagementStatus.Withdrawn, EngagementEndKind.Filled, FilledReason, nowUtc, "Withdrawn");
    }

    public void Activate(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        Require("started", EngagementStatus.Accepted);
        Status = EngagementStatus.Active;
        ActivatedUtc = nowUtc;
        Record("Activated");
    }

    public void Complete(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        Require("completed", EngagementStatus.Active);
        Status = EngagementStatus.Completed;
        EndKind = EngagementEndKind.Completed;
        EndedUtc = nowUtc;
        Record("Completed");
    }

    public void Cancel(string reason, DateTime nowUtc)
    {
        Require("cancelled", EngagementStatus.Accepted, EngagementStatus.Active);
        End(EngagementStatus.Cancelled, EngagementEndKind.Cancelled, reason, nowUtc, "Cancelled");
    }

    private void End(EngagementStatus status, EngagementEndKind kind, string reason, DateTime nowUtc, string action)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        EndReason = Guard.Reason(reason);
        Status = status;
        EndKind = kind;
        EndedUtc = nowUtc;
        Record(action);
    }

    private void Require(string verb, params EngagementStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw Refusal.Conflict($"This engagement is {Status.ToString().ToLowerInvariant()}, so it cannot be {verb}.");
    }
}
