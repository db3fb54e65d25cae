using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Domain.Staffing;

/// <summary>
/// "50 oncologists, 20 h/week, 6 weeks, max 180 USD/h". Open -> Filled (every seat accepted) -> Closed; a
/// freed seat reopens a filled request. Seats are taken through <see cref="TakeSeat"/> under the aggregate's
/// concurrency token, so the last seat cannot be taken twice.
/// </summary>
public sealed class StaffingRequest : AggregateRoot
{
    public const int MaxSeats = 500;
    public const int MaxWaveSize = 200;
    public const double MinHoursPerWeek = 0.25;
    public const double MaxHoursPerWeek = (double)Expert.MaxWeeklyCapacityHours;
    public const int MaxOfferResponseHours = 24 * 30;

    // The sentences the request form shows ({1} and {2} are the limits); the domain refuses with the same ones.
    public const string SeatsRule = "Seats must be between {1} and {2}.";
    public const string HoursPerWeekRule = "Hours per week must be between {1} and {2}.";
    public const string MaxPayRateRule = "The maximum pay rate must be between {1} and {2}.";
    public const string OfferResponseRule = "Experts have between {1} and {2} hours to answer an offer.";
    public const string WaveSizeRule = "A wave is between {1} and {2} offers.";

    private StaffingRequest()
    {
        Title = string.Empty;
        SubspecialtyIds = [];
        RequiredCredentialKinds = [];
        Languages = [];
        MaxHourlyPayRate = Money.Zero("USD");
        Window = new DateRange(DateOnly.MinValue, DateOnly.MinValue);
    }

    public Guid ProjectId { get; private set; }
    public string Title { get; private set; }
    public Guid SpecialtyId { get; private set; }
    public List<Guid> SubspecialtyIds { get; private set; }
    public List<CredentialKind> RequiredCredentialKinds { get; private set; }
    public List<string> Languages { get; private set; }
    public Activity Activity { get; private set; }
    public int SeatsNeeded { get; private set; }
    public int SeatsFilled { get; private set; }
    public decimal HoursPerWeek { get; private set; }
    public DateRange Window { get; private set; }
    public Money MaxHourlyPayRate { get; private set; }
    public int OfferResponseHours { get; private set; }
    public bool AutoBackfill { get; private set; }
    public int WaveSize { get; private set; }
    public StaffingRequestStatus Status { get; private set; }
    public DateTime OpenedUtc { get; private set; }
    public DateTime? FilledUtc { get; private set; }
    public DateTime? ClosedUtc { get; private set; }
    public string? CloseReason { get; private set; }

    /// <summary>Who opened the request (a staff user's sign-in name, usually their email, or an API key's name): told when candidates run out.</summary>
    public string? OpenedBy { get; private set; }

    /// <summary>When backfill last found nobody left to offer a seat to; null while candidates remain.</summary>
    public DateTime? CandidatesExhaustedUtc { get; private set; }

    public int SeatsOpen => SeatsNeeded - SeatsFilled;

    /// <summary>From opening to the last seat accepted; null until filled.</summary>
    public TimeSpan? TimeToStaff => FilledUtc - OpenedUtc;

    /// <summary>The committed hours over the whole window: the cap on hours an engagement may log.</summary>
    public decimal HoursCap => HoursPerWeek * Window.Weeks;

    public static StaffingRequest Open(
        Guid projectId, string title, Guid specialtyId, IEnumerable<Guid> subspecialtyIds,
        IEnumerable<CredentialKind> requiredCredentialKinds, IEnumerable<string> languages, Activity activity,
        int seatsNeeded, decimal hoursPerWeek, DateRange window, Money maxHourlyPayRate, int offerResponseHours,
        bool autoBackfill, int waveSize, DateTime nowUtc, string? openedBy = null)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (window.End is null)
            throw Refusal.Invalid("A staffing request needs an end date.", "EndsOn");
        CheckSeats(seatsNeeded);
        if (hoursPerWeek < (decimal)MinHoursPerWeek || hoursPerWeek > (decimal)MaxHoursPerWeek)
            throw Refusal.Invalid(RuleText.Between(HoursPerWeekRule, MinHoursPerWeek, MaxHoursPerWeek), "HoursPerWeek");
        if (!HourlyRates.Admits(maxHourlyPayRate.Amount))
            throw Refusal.Invalid(RuleText.Between(MaxPayRateRule, HourlyRates.Min, HourlyRates.Max), "MaxHourlyPayRate");
        if (offerResponseHours is < 1 or > MaxOfferResponseHours)
            throw Refusal.Invalid(RuleText.Between(OfferResponseRule, 1, MaxOfferResponseHours), "OfferResponseHours");
        if (waveSize is < 1 or > MaxWaveSize)
            throw Refusal.Invalid(RuleText.Between(WaveSizeRule, 1, MaxWaveSize), "WaveSize");
        var request = new StaffingRequest
        {
            ProjectId = projectId,
            Title = Guard.Required(title, "Title", TextLimits.Name),
            SpecialtyId = specialtyId,
            SubspecialtyIds = subspecialtyIds.Distinct().Where(id => id != specialtyId).ToList(),
            RequiredCredentialKinds = requiredCredentialKinds.Distinct().ToList(),
            Languages = languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList(),
            Activity = activity,
            SeatsNeeded = seatsNeeded,
            HoursPerWeek = hoursPerWeek,
            Window = window,
            MaxHourlyPayRate = maxHourlyPayRate,
            OfferResponseHours = offerResponseHours,
            AutoBackfill = autoBackfill,
            WaveSize = waveSize,
            Status = StaffingRequestStatus.Open,
            OpenedUtc = nowUtc,
            OpenedBy = string.IsNullOrWhiteSpace(openedBy) ? null : Guard.Optional(openedBy, "Opened by", TextLimits.Name),
        };
        request.Record("Opened");
        return request;
    }

    public DateTime OfferDeadlineFrom(DateTime nowUtc) => nowUtc.AddHours(OfferResponseHours);

    public void TakeSeat(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (Status == StaffingRequestStatus.Closed)
            throw Refusal.Conflict("This staffing request is closed.");
        if (SeatsFilled >= SeatsNeeded)
            throw Refusal.Conflict("All seats on this request have already been filled.");
        SeatsFilled++;
        if (SeatsFilled == SeatsNeeded)
        {
            Status = StaffingRequestStatus.Filled;
            FilledUtc = nowUtc;
            Record("Filled");
        }
        else
        {
            Record("SeatTaken");
        }
    }

    /// <summary>A cancelled engagement gives its seat back; a filled request opens again.</summary>
    public void ReleaseSeat()
    {
        if (SeatsFilled == 0)
            throw Refusal.Conflict("No seat is taken on this request.");
        SeatsFilled--;
        if (Status == StaffingRequestStatus.Filled)
        {
            Status = StaffingRequestStatus.Open;
            FilledUtc = null;
            Record("Reopened");
        }
        else
        {
            Record("SeatReleased");
        }
    }

    /// <summary>
    /// Notes that no fitting candidate is left while seats are open, so the program manager is told once.
    /// False when it was already noted and nothing was offered since.
    /// </summary>
    public bool NoteCandidatesExhausted(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (Status != StaffingRequestStatus.Open || CandidatesExhaustedUtc is not null)
            return false;
        CandidatesExhaustedUtc = nowUtc;
        Record("CandidatesExhausted");
        return true;
    }

    /// <summary>New offers went out, so running out of candidates again is news again.</summary>
    public void NoteOffersSent()
    {
        if (CandidatesExhaustedUtc is null)
            return;
        CandidatesExhaustedUtc = null;
        Record("CandidatesFound");
    }

    public void ChangeSeats(int seatsNeeded, DateTime nowUtc)
    {
        if (Status == StaffingRequestStatus.Closed)
            throw Refusal.Conflict("A closed staffing request cannot be changed.");
        CheckSeats(seatsNeeded);
        if (seatsNeeded < SeatsFilled)
            throw Refusal.Conflict($"{SeatsFilled} seats are already filled; the request cannot shrink below that.");
        SeatsNeeded = seatsNeeded;
        if (SeatsFilled == SeatsNeeded && Status == StaffingRequestStatus.Open)
        {
            Status = StaffingRequestStatus.Filled;
            FilledUtc = nowUtc;
        }
        else if (SeatsFilled < SeatsNeeded && Status == StaffingRequestStatus.Filled)
        {
            Status = StaffingRequestStatus.Open;
            FilledUtc = null;
        }
        Record("SeatsChanged");
    }

    public void Close(string reason, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (Status == StaffingRequestStatus.Closed)
            throw Refusal.Conflict("This staffing request is already closed.");
        Status = StaffingRequestStatus.Closed;
        ClosedUtc = nowUtc;
        CloseReason = Guard.Reason(reason, "A reason for closing");
        Record("Closed");
    }

    private static void CheckSeats(int seatsNeeded)
    {
        if (seatsNeeded is < 1 or > MaxSeats)
            throw Refusal.Invalid(RuleText.Between(SeatsRule, 1, MaxSeats), "Seats");
    }
}
