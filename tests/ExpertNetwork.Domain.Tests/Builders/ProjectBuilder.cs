using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Tests.Builders;

public sealed class ProjectBuilder
{
    private Client? _client;
    private readonly string _code = "ONC-2026";
    private ConfidentialityLevel _confidentiality = ConfidentialityLevel.Open;
    private Money _budget = new(250_000m, "EUR");
    private string _timeZoneId = "Europe/Warsaw";
    private readonly DateRange _window = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 31));
    private ProjectStatus _status = ProjectStatus.Active;

    public ProjectBuilder ForClient(Client client)
    {
        _client = client;
        return this;
    }

    public ProjectBuilder WithConfidentiality(ConfidentialityLevel confidentiality)
    {
        _confidentiality = confidentiality;
        return this;
    }

    public ProjectBuilder WithBudget(Money budget)
    {
        _budget = budget;
        return this;
    }

    public ProjectBuilder InTimeZone(string timeZoneId)
    {
        _timeZoneId = timeZoneId;
        return this;
    }

    public ProjectBuilder Completed() => InStatus(ProjectStatus.Completed);

    public ProjectBuilder Cancelled() => InStatus(ProjectStatus.Cancelled);

    public ProjectBuilder InStatus(ProjectStatus status)
    {
        _status = status;
        return this;
    }

    public Project Build()
    {
        var client = _client ?? new ClientBuilder().Build();
        var project = Project.Create(
            client, "Oncology rubric review", _code, null, "Expert review of oncology answers.", "Review model answers against the rubric.",
            _confidentiality, requiresConflictDeclaration: true, _budget, _timeZoneId, _window, TestClock.Utc(2026, 2, 1));
        if (_status == ProjectStatus.Completed)
            project.Complete(TestClock.Utc(2026, 2, 2));
        else if (_status == ProjectStatus.Cancelled)
            project.Cancel("The client withdrew the study", TestClock.Utc(2026, 2, 2));
        project.ClearPendingActions();
        return project;
    }
}
