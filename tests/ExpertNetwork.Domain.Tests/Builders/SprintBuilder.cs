using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Domain.Tests.Builders;

/// <summary>A sprint on the project from Monday 9 March 2026 09:00 to Friday 13 March 17:00, project-local time.</summary>
public sealed class SprintBuilder
{
    private Project? _project;
    private string _name = "Sprint 1: staging rubric";
    private DateOnly _startDate = new(2026, 3, 9);
    private TimeOnly _startTime = new(9, 0);
    private DateOnly _endDate = new(2026, 3, 13);
    private TimeOnly _endTime = new(17, 0);
    private SprintStatus _status = SprintStatus.Scheduled;

    public SprintBuilder ForProject(Project project)
    {
        _project = project;
        return this;
    }

    public SprintBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public SprintBuilder Between(DateOnly startDate, TimeOnly startTime, DateOnly endDate, TimeOnly endTime)
    {
        _startDate = startDate;
        _startTime = startTime;
        _endDate = endDate;
        _endTime = endTime;
        return this;
    }

    public SprintBuilder Running() => InStatus(SprintStatus.Running);

    public SprintBuilder Closed() => InStatus(SprintStatus.Closed);

    public SprintBuilder Cancelled() => InStatus(SprintStatus.Cancelled);

    public SprintBuilder InStatus(SprintStatus status)
    {
        _status = status;
        return this;
    }

    public AnnotationSprint Build()
    {
        var project = _project ?? new ProjectBuilder().Build();
        var sprint = AnnotationSprint.Schedule(project, _name, _startDate, _startTime, _endDate, _endTime, 400m, "https://wiki.example/rubric", TestClock.Now);
        switch (_status)
        {
            case SprintStatus.Running:
                sprint.StartIfDue(sprint.StartUtc);
                break;
            case SprintStatus.Closed:
                sprint.StartIfDue(sprint.StartUtc);
                sprint.Close(sprint.EndUtc);
                break;
            case SprintStatus.Cancelled:
                sprint.Cancel("The client paused the project", TestClock.Now);
                break;
        }
        sprint.ClearPendingActions();
        return sprint;
    }
}
