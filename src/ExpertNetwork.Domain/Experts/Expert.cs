using System.Globalization;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Domain.Experts;

/// <summary>
/// A domain expert in the registry. Status moves Applicant -> Vetted -> Active; any live status can be
/// suspended (and reinstated to where it was) or archived. Whether the expert may be offered work on a day is
/// computed from status, credentials and NDAs (<see cref="ExpertEligibility"/>), never stored.
/// </summary>
public sealed class Expert : AggregateRoot
{
    public const int MaxYearsOfExperience = 70;
    public const decimal MaxWeeklyCapacityHours = 80m;
    public const int MaxEmployers = ConflictDeclaration.MaxEmployers;

    // The sentences of the limits the profile form checks too ({1} and {2} are the bounds, as in its annotations).
    public const string YearsOfExperienceRule = "Years of experience must be between {1} and {2}.";
    public const string WeeklyCapacityRule = "Weekly capacity must be between {1} and {2} hours.";
    public const string TooManyEmployers = "List at most {1} employers and affiliations.";

    // The limits and sentences of the profile's texts, shared by the form's annotations and the checks below,
    // so a too-long name is refused in the same words whether the form or the domain catches it; {1} is the limit.
    public const int MaxFullNameLength = TextLimits.Name;
    public const string FullNameMissing = "Enter the expert's full name.";
    public const string FullNameTooLong = "The name must be at most {1} characters.";
    public const int MaxPhoneLength = TextLimits.Phone;
    public const string PhoneTooLong = "The phone number must be at most {1} characters.";
    public const int MaxHeadlineLength = TextLimits.Name;
    public const string HeadlineTooLong = "The headline must be at most {1} characters.";
    public const int MaxNotesLength = TextLimits.Note;
    public const string NotesTooLong = "Notes must be at most {1} characters.";

    private readonly List<ExpertLanguage> _languages = [];
    private readonly List<ExpertSpecialty> _specialties = [];
    private readonly List<Blackout> _blackouts = [];
    private readonly List<ExpertRate> _rates = [];
    private readonly List<ExpertEmployer> _employers = [];

    private Expert()
    {
        FullName = Email = SearchName = SearchEmail = CountryCode = TimeZoneId = string.Empty;
    }

    public string FullName { get; private set; }
    public string Email { get; private set; }

    /// <summary>The name folded for searching (<see cref="SearchText.Fold"/>); kept in step with <see cref="FullName"/>.</summary>
    public string SearchName { get; private set; }

    /// <summary>The email folded for searching; kept in step with <see cref="Email"/>.</summary>
    public string SearchEmail { get; private set; }
    public string? Phone { get; private set; }
    public string CountryCode { get; private set; }
    public string TimeZoneId { get; private set; }
    public int YearsOfExperience { get; private set; }
    public string? Headline { get; private set; }
    public string? Notes { get; private set; }
    public decimal WeeklyCapacityHours { get; private set; }
    public ExpertStatus Status { get; private set; }
    public ExpertStatus? StatusBeforeSuspension { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTime StatusChangedUtc { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? ErasedUtc { get; private set; }

    public IReadOnlyCollection<ExpertLanguage> Languages => _languages;
    public IReadOnlyCollection<ExpertSpecialty> Specialties => _specialties;
    public IReadOnlyCollection<Blackout> Blackouts => _blackouts;
    public IReadOnlyCollection<ExpertRate> Rates => _rates;

    /// <summary>Current employers and affiliations; matching refuses experts who work for a client's restricted company.</summary>
    public IReadOnlyCollection<ExpertEmployer> Employers => _employers;

    public ExpertTier Tier => TierFor(YearsOfExperience);

    public static ExpertTier TierFor(int yearsOfExperience) => yearsOfExperience switch
    {
        >= 20 => ExpertTier.Principal,
        >= 10 => ExpertTier.Senior,
        _ => ExpertTier.Standard,
    };

    public static Expert Register(
        string fullName, string email, string countryCode, string timeZoneId, int yearsOfExperience,
        decimal weeklyCapacityHours, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var expert = new Expert
        {
            Status = ExpertStatus.Applicant,
            CreatedUtc = nowUtc,
            StatusChangedUtc = nowUtc,
        };
        expert.ApplyProfile(fullName, email, null, countryCode, timeZoneId, yearsOfExperience, null, null);
        expert.ApplyCapacity(weeklyCapacityHours);
        expert.Record("Registered");
        return expert;
    }

    public void UpdateProfile(
        string fullName, string email, string? phone, string countryCode, string timeZoneId,
        int yearsOfExperience, string? headline, string? notes)
    {
        EnsureNotArchived();
        var previousEmail = Email;
        ApplyProfile(fullName, email, phone, countryCode, timeZoneId, yearsOfExperience, headline, notes);
        Record("ProfileUpdated");
        if (!string.Equals(previousEmail, Email, StringComparison.Ordinal))
            Record("EmailChanged");
    }

    public void SetWeeklyCapacity(decimal hours)
    {
        EnsureNotArchived();
        ApplyCapacity(hours);
        Record("CapacityChanged");
    }

    public void SetLanguages(IEnumerable<string> codes)
    {
        EnsureNotArchived();
        var wanted = codes.Select(NormalizeLanguage).Distinct(StringComparer.Ordinal).ToList();
        _languages.RemoveAll(l => !wanted.Contains(l.Code));
        foreach (var code in wanted.Where(c => _languages.All(l => l.Code != c)))
            _languages.Add(new ExpertLanguage(Id, code));
        Record("LanguagesChanged");
    }

    /// <summary>Replaces the current employers and affiliations; names that are the same company once normalised count once.</summary>
    public void SetEmployers(IEnumerable<string> names)
    {
        EnsureNotArchived();
        var wanted = names
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => Guard.Required(n, "Employer", TextLimits.Name))
            .DistinctBy(CompanyNames.Normalize)
            .ToList();
        if (wanted.Count > MaxEmployers)
            throw Refusal.Invalid(string.Format(CultureInfo.InvariantCulture, TooManyEmployers, null, MaxEmployers));
        var keys = wanted.Select(CompanyNames.Normalize).ToList();
        _employers.RemoveAll(x => !keys.Contains(x.NormalizedName));
        foreach (var name in wanted.Where(n => _employers.All(x => x.NormalizedName != CompanyNames.Normalize(n))))
            _employers.Add(new ExpertEmployer(Id, name));
        Record("EmployersChanged");
    }

    public bool Speaks(string languageCode) => _languages.Any(l => l.Code == languageCode.Trim().ToLowerInvariant());

    public void SetSpecialties(IEnumerable<Guid> specialtyIds)
    {
        EnsureNotArchived();
        var wanted = specialtyIds.Distinct().ToList();
        if (wanted.Count == 0)
            throw Refusal.Invalid("An expert needs at least one specialty.", "SpecialtyIds");
        _specialties.RemoveAll(s => !wanted.Contains(s.SpecialtyId));
        foreach (var id in wanted.Where(id => _specialties.All(s => s.SpecialtyId != id)))
            _specialties.Add(new ExpertSpecialty(Id, id));
        Record("SpecialtiesChanged");
    }

    public Blackout AddBlackout(DateRange days, string? reason)
    {
        EnsureNotArchived();
        if (_blackouts.Any(b => b.Days.Overlaps(days)))
            throw Refusal.Conflict($"The blackout {days} overlaps one already recorded.");
        var blackout = new Blackout(Id, days, reason);
        _blackouts.Add(blackout);
        Record("BlackoutAdded");
        return blackout;
    }

    public void RemoveBlackout(Guid blackoutId)
    {
        EnsureNotArchived();
        var blackout = _blackouts.SingleOrDefault(b => b.Id == blackoutId)
            ?? throw Refusal.Conflict("That blackout does not exist.");
        _blackouts.Remove(blackout);
        Record("BlackoutRemoved");
    }

    public bool IsBlackedOut(DateOnly day) => _blackouts.Any(b => b.Days.Contains(day));

    /// <summary>
    /// Adds a rate card line. Periods for one activity may not overlap, except that a new open-ended rate
    /// starting after an open-ended one closes the old one the day before (the usual "new rate from" change).
    /// </summary>
    public ExpertRate SetRate(Activity activity, Money hourlyRate, DateRange effective)
    {
        EnsureNotArchived();
        var sameActivity = _rates.Where(r => r.Activity == activity).ToList();
        if (sameActivity.Count > 0 && sameActivity.Any(r => r.HourlyRate.Currency != hourlyRate.Currency))
            throw Refusal.Conflict($"The {activity} rate is kept in {sameActivity[0].HourlyRate.Currency}; a rate in {hourlyRate.Currency} cannot be added.");
        var openPredecessor = effective.End is null
            ? sameActivity.SingleOrDefault(r => r.Effective.End is null && r.Effective.Start < effective.Start)
            : null;
        foreach (var existing in sameActivity.Where(r => r != openPredecessor))
        {
            if (existing.Effective.Overlaps(effective))
                throw Refusal.Conflict($"The {activity} rate {existing.Effective} overlaps the new period {effective}.");
        }
        var rate = new ExpertRate(Id, activity, hourlyRate, effective);
        openPredecessor?.EndOn(effective.Start.AddDays(-1));
        _rates.Add(rate);
        Record("RateSet");
        return rate;
    }

    public Money? RateOn(Activity activity, DateOnly day) =>
        _rates.SingleOrDefault(r => r.Activity == activity && r.Effective.Contains(day))?.HourlyRate;

    /// <summary>
    /// Vetting needs at least one of the expert's credentials that compliance has verified and that is in date on the
    /// day of vetting (<see cref="Credential.IsValidOn"/>); credentials of other experts do not count.
    /// </summary>
    public void MarkVetted(IEnumerable<Credential> credentials, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        Guard.Utc(nowUtc, nameof(nowUtc));
        var today = DateOnly.FromDateTime(nowUtc);
        if (!credentials.Any(c => c.ExpertId == Id && c.IsValidOn(today)))
            throw Refusal.Conflict("An expert can be marked vetted only with at least one verified credential that is in date. Verify a credential first.");
        Require(ExpertStatus.Applicant, "vetted");
        ChangeStatus(ExpertStatus.Vetted, null, nowUtc, "Vetted");
    }

    public void Activate(DateTime nowUtc)
    {
        Require(ExpertStatus.Vetted, "activated");
        ChangeStatus(ExpertStatus.Active, null, nowUtc, "Activated");
    }

    public void Suspend(string reason, DateTime nowUtc)
    {
        if (!CanBeSuspendedIn(Status))
            throw Refusal.Conflict($"A {Status.ToString().ToLowerInvariant()} expert cannot be suspended.");
        var why = Guard.Reason(reason, "A suspension reason");
        StatusBeforeSuspension = Status;
        ChangeStatus(ExpertStatus.Suspended, why, nowUtc, "Suspended");
    }

    public void Reinstate(DateTime nowUtc)
    {
        Require(ExpertStatus.Suspended, "reinstated");
        var previous = StatusBeforeSuspension ?? ExpertStatus.Vetted;
        StatusBeforeSuspension = null;
        ChangeStatus(previous, null, nowUtc, "Reinstated");
    }

    public void Archive(string reason, DateTime nowUtc)
    {
        EnsureNotArchived();
        StatusBeforeSuspension = null;
        ChangeStatus(ExpertStatus.Archived, Guard.Reason(reason, "An archive reason"), nowUtc, "Archived");
    }

    /// <summary>
    /// Erases the expert's personal data on their request: name, email, phone, headline and notes are replaced by a
    /// pseudonym derived from the id, languages, employers and blackouts (which can reveal health or family matters) are removed,
    /// and the expert is archived. Rates, specialties, country and time zone stay: invoices, payouts and staffing
    /// history refer to them. Works in any status, archived included; erasing twice is refused.
    /// </summary>
    public void Erase(string reason, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (ErasedUtc is not null)
            throw Refusal.Conflict($"This expert's personal data was already erased on {ErasedUtc:yyyy-MM-dd}.");
        var why = Guard.Reason(reason, "An erasure reason");
        FullName = ErasedName(Id);
        Email = ErasedEmail(Id);
        Phone = null;
        Headline = null;
        Notes = null;
        _languages.Clear();
        _blackouts.Clear();
        _employers.Clear();
        StatusBeforeSuspension = null;
        ErasedUtc = nowUtc;
        Status = ExpertStatus.Archived;
        StatusReason = why;
        StatusChangedUtc = nowUtc;
        Record("Erased");
    }

    public bool IsErased => ErasedUtc is not null;

    public static string ErasedName(Guid id) => $"Erased expert {id.ToString("N")[..8].ToUpperInvariant()}";

    /// <summary>Unique per expert (the email column is unique) and undeliverable: .invalid is reserved by RFC 2606.</summary>
    public static string ErasedEmail(Guid id) => $"erased-{id:N}@erased.invalid";

    private void ApplyProfile(
        string fullName, string email, string? phone, string countryCode, string timeZoneId,
        int yearsOfExperience, string? headline, string? notes)
    {
        FullName = Guard.Required(fullName, MaxFullNameLength, FullNameMissing, FullNameTooLong);
        Email = Emails.Normalize(email);
        SearchName = SearchText.Fold(FullName);
        SearchEmail = SearchText.Fold(Email);
        Phone = Guard.Optional(phone, MaxPhoneLength, PhoneTooLong);
        CountryCode = CountryCodes.Require(countryCode);
        TimeZoneId = TimeZones.RequireIana(timeZoneId);
        if (yearsOfExperience is < 0 or > MaxYearsOfExperience)
            throw Refusal.Invalid(string.Format(CultureInfo.InvariantCulture, YearsOfExperienceRule, null, 0, MaxYearsOfExperience), "YearsOfExperience");
        YearsOfExperience = yearsOfExperience;
        Headline = Guard.Optional(headline, MaxHeadlineLength, HeadlineTooLong);
        Notes = Guard.Optional(notes, MaxNotesLength, NotesTooLong);
    }

    private void ApplyCapacity(decimal hours)
    {
        if (hours is < 0 or > MaxWeeklyCapacityHours)
            throw Refusal.Invalid(string.Format(CultureInfo.InvariantCulture, WeeklyCapacityRule, null, 0, MaxWeeklyCapacityHours), "WeeklyCapacityHours");
        WeeklyCapacityHours = hours;
    }

    private static string NormalizeLanguage(string code)
    {
        var value = Guard.Required(code, "Language", TextLimits.LanguageCode).ToLowerInvariant();
        if (value.Length is < 2 or > 3 || !value.All(char.IsAsciiLetterLower))
            throw Refusal.Invalid($"'{code}' is not an ISO 639 language code (for example en, de, pl).");
        return value;
    }

    private void Require(ExpertStatus expected, string verb)
    {
        if (Status != expected)
            throw Refusal.Conflict($"Only {Article(expected)} {expected.ToString().ToLowerInvariant()} expert can be {verb} (this expert is {Status.ToString().ToLowerInvariant()}).");
    }

    /// <summary>
    /// Marks that the expert's hours changed. Saving it bumps the expert's version, so two submissions that both
    /// checked the day and cap totals cannot both commit: the second is refused by the version token and decided again.
    /// </summary>
    public void NoteHoursChanged() => Record("HoursChanged");

    private static string Article(ExpertStatus status) => status is ExpertStatus.Applicant or ExpertStatus.Active or ExpertStatus.Archived ? "an" : "a";

    /// <summary>An archived expert is a closed record: nothing about them changes any more (erasure aside).</summary>
    public static bool CanBeChangedIn(ExpertStatus status) => status != ExpertStatus.Archived;

    public static bool CanBeSuspendedIn(ExpertStatus status) => status is not (ExpertStatus.Suspended or ExpertStatus.Archived);

    private void EnsureNotArchived()
    {
        if (!CanBeChangedIn(Status))
            throw Refusal.Conflict("An archived expert cannot be changed.");
    }

    private void ChangeStatus(ExpertStatus status, string? reason, DateTime nowUtc, string action)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        Status = status;
        StatusReason = reason;
        StatusChangedUtc = nowUtc;
        Record(action);
    }
}
