using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Domain.Tests.Builders;

public sealed class ExpertBuilder
{
    private string _fullName = "Dr. Anna Kowalska";
    private string _email = "anna.kowalska@example.com";
    private readonly string _countryCode = "PL";
    private readonly string _timeZoneId = "Europe/Warsaw";
    private int _yearsOfExperience = 12;
    private readonly decimal _weeklyCapacityHours = 20m;
    private ExpertStatus _status = ExpertStatus.Applicant;
    private ExpertStatus _suspendedFrom = ExpertStatus.Active;
    private string _suspensionReason = "Licence under review by the medical board";
    private DateTime _registeredUtc = TestClock.Now.AddDays(-30);

    public ExpertBuilder Named(string fullName)
    {
        _fullName = fullName;
        return this;
    }

    public ExpertBuilder WithEmail(string email)
    {
        _email = email;
        return this;
    }

    public ExpertBuilder WithYearsOfExperience(int years)
    {
        _yearsOfExperience = years;
        return this;
    }

    public ExpertBuilder RegisteredAt(DateTime registeredUtc)
    {
        _registeredUtc = registeredUtc;
        return this;
    }

    public ExpertBuilder Vetted() => InStatus(ExpertStatus.Vetted);

    public ExpertBuilder Active() => InStatus(ExpertStatus.Active);

    public ExpertBuilder Archived() => InStatus(ExpertStatus.Archived);

    public ExpertBuilder InStatus(ExpertStatus status)
    {
        _status = status;
        return this;
    }

    public ExpertBuilder SuspendedFrom(ExpertStatus previous, string reason = "Licence under review by the medical board")
    {
        _status = ExpertStatus.Suspended;
        _suspendedFrom = previous;
        _suspensionReason = reason;
        return this;
    }

    public Expert Build()
    {
        var expert = Expert.Register(_fullName, _email, _countryCode, _timeZoneId, _yearsOfExperience, _weeklyCapacityHours, _registeredUtc);
        var at = _registeredUtc.AddDays(1);
        switch (_status)
        {
            case ExpertStatus.Suspended:
                Reach(expert, _suspendedFrom, at);
                expert.Suspend(_suspensionReason, at.AddDays(1));
                break;
            case ExpertStatus.Archived:
                Reach(expert, ExpertStatus.Active, at);
                expert.Archive("Left the network", at.AddDays(1));
                break;
            default:
                Reach(expert, _status, at);
                break;
        }
        expert.ClearPendingActions();
        return expert;
    }

    private static void Reach(Expert expert, ExpertStatus target, DateTime at)
    {
        if (target == ExpertStatus.Applicant)
            return;
        expert.MarkVetted([new CredentialBuilder().ForExpert(expert).IssuedOn(DateOnly.FromDateTime(at)).NeverExpiring().Build()], at);
        if (target == ExpertStatus.Vetted)
            return;
        expert.Activate(at);
    }
}
