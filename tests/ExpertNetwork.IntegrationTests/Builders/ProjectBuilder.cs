using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Builders;

/// <summary>A USD project running from 20 days before <see cref="TestClock.Start"/> to 120 days after.</summary>
public sealed class ProjectBuilder(Client client)
{
    private static int s_counter;

    private string _name = "Oncology reasoning evaluation";
    private Money _budget = new(450_000m, "USD");
    private ConfidentialityLevel _confidentiality = ConfidentialityLevel.Confidential;
    private bool _requiresConflictDeclaration;
    private string _timeZone = "America/New_York";

    public ProjectBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public ProjectBuilder WithBudget(Money budget)
    {
        _budget = budget;
        return this;
    }

    public ProjectBuilder WithConfidentiality(ConfidentialityLevel level)
    {
        _confidentiality = level;
        return this;
    }

    public ProjectBuilder RequiringConflictDeclaration()
    {
        _requiresConflictDeclaration = true;
        return this;
    }

    public ProjectBuilder InZone(string timeZoneId)
    {
        _timeZone = timeZoneId;
        return this;
    }

    public Project Build()
    {
        var today = DateOnly.FromDateTime(TestClock.Start);
        return Project.Create(client, _name, $"PRJ-{Interlocked.Increment(ref s_counter)}", null,
            "Evaluate a clinical reasoning model on treatment-planning cases.", "Grade model answers to de-identified cases.",
            _confidentiality, _requiresConflictDeclaration, _budget, _timeZone, new DateRange(today.AddDays(-20), today.AddDays(120)),
            TestClock.Start.AddDays(-30));
    }
}
