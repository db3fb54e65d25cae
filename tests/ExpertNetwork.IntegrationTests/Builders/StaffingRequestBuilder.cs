using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Builders;

/// <summary>"Oncology reviewers": 10 seats, 10 h/week for six weeks from a week after <see cref="TestClock.Start"/>, at most 260 USD/h.</summary>
public sealed class StaffingRequestBuilder(Project project, Specialty specialty)
{
    private string _title = "Oncology reviewers";
    private Guid[] _subspecialties = [];
    private CredentialKind[] _credentials = [CredentialKind.MedicalLicense];
    private string[] _languages = ["en"];
    private decimal _hoursPerWeek = 10m;
    private Money _maxRate = new(260m, "USD");
    private DateTime _openedUtc = TestClock.Start;
    private int _seats = 10;
    private int _responseHours = 72;
    private bool _autoBackfill = true;
    private int _waveSize = 5;
    private string? _openedBy;

    public StaffingRequestBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public StaffingRequestBuilder AlsoCovering(params Specialty[] subspecialties)
    {
        _subspecialties = subspecialties.Select(s => s.Id).ToArray();
        return this;
    }

    public StaffingRequestBuilder Requiring(params CredentialKind[] kinds)
    {
        _credentials = kinds;
        return this;
    }

    public StaffingRequestBuilder InLanguages(params string[] languages)
    {
        _languages = languages;
        return this;
    }

    public StaffingRequestBuilder WithHoursPerWeek(decimal hours)
    {
        _hoursPerWeek = hours;
        return this;
    }

    public StaffingRequestBuilder PayingAtMost(Money rate)
    {
        _maxRate = rate;
        return this;
    }

    public StaffingRequestBuilder WithSeats(int seats)
    {
        _seats = seats;
        return this;
    }

    public StaffingRequestBuilder OpenedAt(DateTime utc)
    {
        _openedUtc = utc;
        return this;
    }

    public StaffingRequestBuilder AnsweredWithin(int hours)
    {
        _responseHours = hours;
        return this;
    }

    public StaffingRequestBuilder InWavesOf(int size)
    {
        _waveSize = size;
        return this;
    }

    public StaffingRequestBuilder OpenedBy(string who)
    {
        _openedBy = who;
        return this;
    }

    public StaffingRequestBuilder WithoutAutoBackfill()
    {
        _autoBackfill = false;
        return this;
    }

    public StaffingRequest Build()
    {
        var start = DateOnly.FromDateTime(_openedUtc).AddDays(7);
        return StaffingRequest.Open(project.Id, _title, specialty.Id, _subspecialties, _credentials, _languages, Activity.Review, _seats, _hoursPerWeek,
            new DateRange(start, start.AddDays(41)), _maxRate, _responseHours, _autoBackfill, _waveSize, _openedUtc, _openedBy);
    }
}
