using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Domain.Tests.Builders;

/// <summary>
/// An engagement on the default staffing request, walked through its lifecycle to any status: proposed on
/// <see cref="TestClock.Now"/>, offered an hour later with a 48-hour deadline, accepted an hour after that.
/// </summary>
public sealed class EngagementBuilder
{
    public static readonly DateTime ProposedUtc = TestClock.Now;
    public static readonly DateTime OfferedUtc = TestClock.Now.AddHours(1);
    public static readonly DateTime OfferExpiresUtc = TestClock.Now.AddHours(49);
    public static readonly DateTime AcceptedUtc = TestClock.Now.AddHours(2);

    private readonly Dictionary<Activity, Money> _payRates = new()
    {
        [Activity.Annotation] = new Money(150m, "EUR"),
        [Activity.Review] = new Money(165m, "EUR"),
    };

    private StaffingRequest? _request;
    private Project? _project;
    private Guid _expertId = Guid.NewGuid();
    private EngagementStatus _status = EngagementStatus.Proposed;

    public EngagementBuilder ForRequest(StaffingRequest request)
    {
        _request = request;
        return this;
    }

    public EngagementBuilder OnProject(Project project)
    {
        _project = project;
        return this;
    }

    public EngagementBuilder ForExpert(Guid expertId)
    {
        _expertId = expertId;
        return this;
    }

    public EngagementBuilder Paying(Activity activity, Money hourlyRate)
    {
        _payRates[activity] = hourlyRate;
        return this;
    }

    public EngagementBuilder Offered() => InStatus(EngagementStatus.Offered);

    public EngagementBuilder Accepted() => InStatus(EngagementStatus.Accepted);

    public EngagementBuilder Active() => InStatus(EngagementStatus.Active);

    public EngagementBuilder InStatus(EngagementStatus status)
    {
        _status = status;
        return this;
    }

    public Engagement Build()
    {
        var request = _request ?? (_project is null
            ? new StaffingRequestBuilder().Build()
            : new StaffingRequestBuilder().ForProject(_project).Build());
        var engagement = Engagement.Propose(_expertId, request, _payRates, matchRank: 1, ProposedUtc);
        switch (_status)
        {
            case EngagementStatus.Proposed:
                break;
            case EngagementStatus.Withdrawn:
                engagement.Withdraw("The client chose another expert", OfferedUtc);
                break;
            default:
                engagement.Offer(OfferExpiresUtc, OfferedUtc);
                Continue(engagement, _status);
                break;
        }
        engagement.ClearPendingActions();
        return engagement;
    }

    public static void Accept(Engagement engagement, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        engagement.Accept("Anna Kowalska", consent: true, "203.0.113.7", "Mozilla/5.0", TestHashes.Sha256Of("contract"), nowUtc);
    }

    private static void Continue(Engagement engagement, EngagementStatus status)
    {
        switch (status)
        {
            case EngagementStatus.Offered:
                return;
            case EngagementStatus.Declined:
                engagement.Decline("Fully booked", AcceptedUtc);
                return;
            case EngagementStatus.Expired:
                engagement.ExpireIfDue(OfferExpiresUtc.AddMinutes(1));
                return;
        }
        Accept(engagement, AcceptedUtc);
        switch (status)
        {
            case EngagementStatus.Cancelled:
                engagement.Cancel("The project was paused", AcceptedUtc.AddDays(1));
                return;
            case EngagementStatus.Accepted:
                return;
        }
        engagement.Activate(TestClock.Utc(2026, 3, 3));
        if (status == EngagementStatus.Completed)
            engagement.Complete(TestClock.Utc(2026, 4, 13));
    }
}
