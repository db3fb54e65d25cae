using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Domain.Tests.Builders;

/// <summary>7.5 hours of annotation on Tuesday 10 March 2026 for an active engagement.</summary>
public sealed class TimeEntryBuilder
{
    private Engagement? _engagement;
    private AnnotationSprint? _sprint;
    private DateOnly _workDate = new(2026, 3, 10);
    private Activity _activity = Activity.Annotation;
    private decimal _hours = 7.5m;
    private TimeEntryStatus _status = TimeEntryStatus.Submitted;

    public TimeEntryBuilder For(Engagement engagement)
    {
        _engagement = engagement;
        return this;
    }

    public TimeEntryBuilder InSprint(AnnotationSprint sprint)
    {
        _sprint = sprint;
        return this;
    }

    public TimeEntryBuilder On(DateOnly workDate)
    {
        _workDate = workDate;
        return this;
    }

    public TimeEntryBuilder ForActivity(Activity activity)
    {
        _activity = activity;
        return this;
    }

    public TimeEntryBuilder Hours(decimal hours)
    {
        _hours = hours;
        return this;
    }

    public TimeEntryBuilder Approved() => InStatus(TimeEntryStatus.Approved);

    public TimeEntryBuilder Rejected() => InStatus(TimeEntryStatus.Rejected);

    public TimeEntryBuilder InStatus(TimeEntryStatus status)
    {
        _status = status;
        return this;
    }

    public TimeEntry Build()
    {
        var engagement = _engagement ?? new EngagementBuilder().Active().Build();
        var entry = TimeEntry.Log(engagement, _sprint, _workDate, _activity, _hours, "Rubric items 1-40", TestClock.Utc(2026, 3, 10, 18));
        if (_status == TimeEntryStatus.Approved)
            entry.Approve("pm@expertnetwork.test", TestClock.Utc(2026, 3, 11));
        else if (_status == TimeEntryStatus.Rejected)
            entry.Reject("pm@expertnetwork.test", "The sprint log shows 6 hours", TestClock.Utc(2026, 3, 11));
        entry.ClearPendingActions();
        return entry;
    }
}
