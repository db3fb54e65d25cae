using ExpertNetwork.Domain.Experts;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Builders;

/// <summary>An expert registered at <see cref="TestClock.Start"/> with a unique email, taken through the domain's own verbs.</summary>
public sealed class ExpertBuilder
{
    private static int s_counter;

    private string _name = "Ada Lovelace";
    private string? _email;
    private string _country = "DE";
    private string _timeZone = "Europe/Berlin";
    private int _years = 12;
    private decimal _weeklyHours = 20m;
    private string[] _languages = ["en"];
    private Specialty[] _specialties = [];
    private ExpertStatus _status = ExpertStatus.Applicant;
    private DateTime _registeredUtc = TestClock.Start;

    public ExpertBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public ExpertBuilder WithEmail(string email)
    {
        _email = email;
        return this;
    }

    public ExpertBuilder LivingIn(string country, string timeZone)
    {
        _country = country;
        _timeZone = timeZone;
        return this;
    }

    public ExpertBuilder WithYearsOfExperience(int years)
    {
        _years = years;
        return this;
    }

    public ExpertBuilder WithWeeklyCapacity(decimal hours)
    {
        _weeklyHours = hours;
        return this;
    }

    public ExpertBuilder Speaking(params string[] languages)
    {
        _languages = languages;
        return this;
    }

    public ExpertBuilder In(params Specialty[] specialties)
    {
        _specialties = specialties;
        return this;
    }

    public ExpertBuilder WithStatus(ExpertStatus status)
    {
        _status = status;
        return this;
    }

    public ExpertBuilder RegisteredAt(DateTime utc)
    {
        _registeredUtc = utc;
        return this;
    }

    public Expert Build()
    {
        var email = _email ?? $"expert{Interlocked.Increment(ref s_counter):D5}@experts.example";
        var expert = Expert.Register(_name, email, _country, _timeZone, _years, _weeklyHours, _registeredUtc);
        if (_languages.Length > 0)
            expert.SetLanguages(_languages);
        if (_specialties.Length > 0)
            expert.SetSpecialties(_specialties.Select(s => s.Id));
        var at = _registeredUtc.AddDays(1);
        switch (_status)
        {
            case ExpertStatus.Applicant:
                break;
            case ExpertStatus.Vetted:
                expert.MarkVetted(VettingCredentials(expert, at), at);
                break;
            case ExpertStatus.Active:
                expert.MarkVetted(VettingCredentials(expert, at), at);
                expert.Activate(at);
                break;
            case ExpertStatus.Suspended:
                expert.MarkVetted(VettingCredentials(expert, at), at);
                expert.Activate(at);
                expert.Suspend("Quality review of two sprints.", at);
                break;
            case ExpertStatus.Archived:
                expert.Archive("Left the network.", at);
                break;
        }
        return expert;
    }

    /// <summary>
    /// The verified degree that vetting needs. It is shown to the expert but not stored, so the expert's stored
    /// credentials are only those a test adds itself.
    /// </summary>
    private static Credential[] VettingCredentials(Expert expert, DateTime at)
    {
        var degree = Credential.Add(expert.Id, CredentialKind.Degree, "University of Vienna", "DEG-" + expert.Id.ToString("N")[..8], expert.CountryCode,
            DateOnly.FromDateTime(at).AddYears(-10), null, at);
        degree.Verify("compliance@expertnetwork.example", at);
        return [degree];
    }
}
