using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Domain.Tests.Builders;

/// <summary>Three annotation seats, 20 h/week over six weeks (2 Mar to 12 Apr 2026), paying at most 180 EUR/h.</summary>
public sealed class StaffingRequestBuilder
{
    private Guid _projectId = Guid.NewGuid();
    private Activity _activity = Activity.Annotation;
    private int _seats = 3;
    private decimal _hoursPerWeek = 20m;
    private DateRange _window = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 12));
    private Money _maxRate = new(180m, "EUR");
    private DateTime _openedUtc = TestClock.Now;
    private StaffingRequestStatus _status = StaffingRequestStatus.Open;

    public StaffingRequestBuilder ForProject(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        _projectId = project.Id;
        return this;
    }

    public StaffingRequestBuilder ForActivity(Activity activity)
    {
        _activity = activity;
        return this;
    }

    public StaffingRequestBuilder WithSeats(int seats)
    {
        _seats = seats;
        return this;
    }

    public StaffingRequestBuilder WithHoursPerWeek(decimal hours)
    {
        _hoursPerWeek = hours;
        return this;
    }

    public StaffingRequestBuilder Over(DateRange window)
    {
        _window = window;
        return this;
    }

    public StaffingRequestBuilder PayingAtMost(Money maxRate)
    {
        _maxRate = maxRate;
        return this;
    }

    public StaffingRequestBuilder OpenedAt(DateTime openedUtc)
    {
        _openedUtc = openedUtc;
        return this;
    }

    public StaffingRequestBuilder Filled() => InStatus(StaffingRequestStatus.Filled);

    public StaffingRequestBuilder Closed() => InStatus(StaffingRequestStatus.Closed);

    public StaffingRequestBuilder InStatus(StaffingRequestStatus status)
    {
        _status = status;
        return this;
    }

    public StaffingRequest Build()
    {
        var request = StaffingRequest.Open(
            _projectId, "Oncologists for rubric review", Guid.NewGuid(), [], [CredentialKind.MedicalLicense], ["en", "pl"],
            _activity, _seats, _hoursPerWeek, _window, _maxRate, offerResponseHours: 48, autoBackfill: true, waveSize: 10, _openedUtc);
        if (_status == StaffingRequestStatus.Filled)
        {
            for (var seat = 0; seat < _seats; seat++)
                request.TakeSeat(_openedUtc.AddDays(1));
        }
        else if (_status == StaffingRequestStatus.Closed)
        {
            request.Close("Client paused the programme", _openedUtc.AddDays(1));
        }
        request.ClearPendingActions();
        return request;
    }
}
