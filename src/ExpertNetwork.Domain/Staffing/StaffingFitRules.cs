using System.Globalization;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Domain.Staffing;

/// <summary>
/// The hard filters of matching: whether one expert can take a seat on a staffing request, with one sentence per
/// failed rule. <c>StaffingFitQuery</c> in the application layer applies the same rules to the whole registry in SQL
/// and is tested against this.
/// <list type="bullet">
/// <item>Vetted and active experts can be offered work (vetting is compliance's approval; "active" only means they
/// have worked with us before); applicants, suspended, archived and erased experts cannot.</item>
/// <item>A blackout excludes the expert only when it covers the whole window; a shorter one overlapping the window is
/// shown next to the candidate (<see cref="BlackoutDaysInWindow"/>) for the program manager to weigh.</item>
/// <item>Other engagements that hold a seat or may take one (offered, accepted, active) and overlap the window use up
/// weekly capacity; the expert's own engagement on this request does not.</item>
/// </list>
/// </summary>
public static class StaffingFitRules
{
    public static IReadOnlyList<Ineligibility> Check(
        StaffingTerms terms, Expert expert, IEnumerable<Credential> credentials, IEnumerable<NdaAgreement> ndas,
        IEnumerable<ConflictDeclaration> declarations, IEnumerable<Engagement> engagements, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(expert);
        var reasons = new List<Ineligibility>();
        var window = terms.Window;
        var end = terms.WindowEnd;

        if (expert.Status is not (ExpertStatus.Vetted or ExpertStatus.Active))
            reasons.Add(new("status", expert.Status switch
            {
                ExpertStatus.Applicant => "Not vetted yet: only vetted or active experts can be offered work.",
                ExpertStatus.Suspended => $"Suspended: {expert.StatusReason}",
                _ when expert.IsErased => "Personal data erased on request; the expert is archived.",
                _ => "Archived.",
            }));

        if (!expert.Specialties.Any(s => terms.SpecialtyIds.Contains(s.SpecialtyId)))
            reasons.Add(new("specialty", $"Not in {terms.SpecialtyNames} or a specialty below it."));

        var own = credentials.Where(c => c.ExpertId == expert.Id).ToList();
        foreach (var kind in terms.RequiredCredentialKinds.Distinct())
        {
            var ofKind = own.Where(c => c.Kind == kind).ToList();
            if (ofKind.Any(c => c.IsValidThroughout(window)))
                continue;
            var name = ExpertEligibility.Describe(kind);
            var validAtStart = ofKind.Where(c => c.IsValidOn(window.Start)).MaxBy(c => c.ExpiresOn);
            reasons.Add(new("credential", validAtStart is not null
                ? $"{name} expires on {Day(validAtStart.ExpiresOn!.Value)}, before the window ends on {Day(end)}."
                : ofKind.Any(c => c.Status == VerificationStatus.Pending)
                    ? $"{name} is still pending verification."
                    : $"No verified {name.ToLowerInvariant()} valid on {Day(window.Start)}, when the window starts."));
        }

        var nda = Nda(terms, expert.Id, ndas, nowUtc);
        if (nda.Reason is { } ndaReason)
            reasons.Add(new("nda", ndaReason));

        var blackout = expert.Blackouts.FirstOrDefault(b => b.Days.Start <= window.Start && (b.Days.End is null || b.Days.End >= end));
        if (blackout is not null)
            reasons.Add(new("blackout", $"Unavailable for the whole window ({Day(window.Start)} to {Day(end)}): blacked out {Range(blackout.Days)}."));

        var used = HoursTaken(terms, expert.Id, engagements);
        var left = expert.WeeklyCapacityHours - used;
        if (left < terms.HoursPerWeek)
            reasons.Add(new("capacity", used == 0
                ? $"Weekly capacity is {Hours(expert.WeeklyCapacityHours)}; the request needs {Hours(terms.HoursPerWeek)} a week."
                : $"Only {Hours(Math.Max(0, left))} a week left over the window ({Hours(expert.WeeklyCapacityHours)} capacity, {Hours(used)} in other engagements); the request needs {Hours(terms.HoursPerWeek)}."));

        var rate = RateAtStart(terms, expert);
        var anyRate = expert.Rates.FirstOrDefault(r => r.Activity == terms.Activity && r.Effective.Contains(window.Start));
        if (rate is null)
            reasons.Add(new("rate", anyRate is not null
                ? $"The {Activity(terms.Activity)} rate is in {anyRate.HourlyRate.Currency}, not {terms.MaxHourlyPayRate.Currency} as the request pays."
                : $"No {Activity(terms.Activity)} rate in {terms.MaxHourlyPayRate.Currency} effective on {Day(window.Start)}, when the window starts."));
        else if (rate.HourlyRate.Amount > terms.MaxHourlyPayRate.Amount)
            reasons.Add(new("rate", $"The {Activity(terms.Activity)} rate of {rate.HourlyRate} is above the request's maximum of {terms.MaxHourlyPayRate}."));

        var missing = terms.Languages.Where(l => !expert.Speaks(l)).ToList();
        if (missing.Count > 0)
            reasons.Add(new("language", $"Does not work in {string.Join(", ", missing)}, which the request requires."));

        foreach (var company in terms.RestrictedCompanies)
        {
            var employer = expert.Employers.FirstOrDefault(x => CompanyNames.SameCompany(x.Name, company));
            if (employer is not null)
            {
                reasons.Add(new("conflict", $"Works for or with {employer.Name}, a company {terms.ClientName} restricts."));
                continue;
            }
            var declared = declarations.Where(d => d.ExpertId == expert.Id)
                .SelectMany(d => d.Employers)
                .FirstOrDefault(x => CompanyNames.SameCompany(x, company));
            if (declared is not null)
                reasons.Add(new("conflict", $"Declared {declared} as an employer on an earlier engagement, a company {terms.ClientName} restricts."));
        }
        return reasons;
    }

    /// <summary>Whether the expert's NDAs are in order for the request or can be put in order by signing one.</summary>
    public static NdaReadiness NdaState(StaffingTerms terms, Guid expertId, IEnumerable<NdaAgreement> ndas, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return Nda(terms, expertId, ndas, nowUtc).State;
    }

    /// <summary>Hours a week the expert's other offered, accepted or active engagements overlapping the window take.</summary>
    public static decimal HoursTaken(StaffingTerms terms, Guid expertId, IEnumerable<Engagement> engagements)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return engagements
            .Where(g => g.ExpertId == expertId && g.StaffingRequestId != terms.StaffingRequestId
                && g.Status is EngagementStatus.Offered or EngagementStatus.Accepted or EngagementStatus.Active
                && g.Window.Overlaps(terms.Window))
            .Sum(g => g.HoursPerWeek);
    }

    /// <summary>The expert's rate line for the request's activity and currency effective on the window's first day.</summary>
    public static ExpertRate? RateAtStart(StaffingTerms terms, Expert expert)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(expert);
        return expert.Rates.FirstOrDefault(r => r.Activity == terms.Activity && r.HourlyRate.Currency == terms.MaxHourlyPayRate.Currency
            && r.Effective.Contains(terms.Window.Start));
    }

    /// <summary>Days of the window the expert is blacked out (shorter blackouts do not exclude, but are worth knowing).</summary>
    public static int BlackoutDaysInWindow(StaffingTerms terms, IEnumerable<DateRange> blackouts)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var start = terms.Window.Start.DayNumber;
        var end = terms.WindowEnd.DayNumber;
        return blackouts.Sum(b =>
        {
            var from = Math.Max(start, b.Start.DayNumber);
            var to = Math.Min(end, b.End?.DayNumber ?? int.MaxValue);
            return Math.Max(0, to - from + 1);
        });
    }

    /// <summary>
    /// A master NDA (or the client's own NDA, which covers the client too) in force over the window, or a master NDA
    /// sent and still signable; and, when the client wants its own NDA, one in force over the window, one sent and still
    /// signable, or a current client template the expert signs while accepting. "Over the window" is counted from today
    /// when the window has already started.
    /// </summary>
    private static (NdaReadiness State, string? Reason) Nda(StaffingTerms terms, Guid expertId, IEnumerable<NdaAgreement> ndas, DateTime nowUtc)
    {
        var own = ndas.Where(n => n.ExpertId == expertId).ToList();
        var from = DateOnly.FromDateTime(nowUtc) > terms.Window.Start ? DateOnly.FromDateTime(nowUtc) : terms.Window.Start;
        bool InForce(NdaAgreement n) => n.IsInForceOn(from) && (n.ExpiresOn is null || n.ExpiresOn > terms.WindowEnd);
        bool Signable(NdaAgreement n) => n.Status == NdaStatus.Sent && n.SignByUtc > nowUtc;
        bool ForClient(NdaAgreement n) => n.Scope == NdaScope.Client && n.ClientId == terms.ClientId;

        var masterInForce = own.Any(n => (n.Scope == NdaScope.Master || ForClient(n)) && InForce(n));
        var masterSignable = own.Any(n => n.Scope == NdaScope.Master && Signable(n));
        var clientInForce = own.Any(n => ForClient(n) && InForce(n));
        var clientSignable = own.Any(n => ForClient(n) && Signable(n)) || terms.ClientNdaTemplateAvailable;

        string? reason = null;
        if (!masterInForce && !masterSignable)
        {
            var lapsing = own.Where(n => n.Scope == NdaScope.Master && n.IsInForceOn(from)).MaxBy(n => n.ExpiresOn);
            reason = lapsing?.ExpiresOn is { } expires
                ? $"The master NDA expires on {Day(expires)}, before the window ends on {Day(terms.WindowEnd)}, and no new one has been sent."
                : "No master NDA in force over the window, and none sent that can still be signed.";
        }
        if (terms.RequiresClientNda && !clientInForce && !clientSignable)
        {
            var clientReason = $"{terms.ClientName} requires its own NDA: none is in force over the window and there is no current client NDA to sign.";
            reason = reason is null ? clientReason : reason + " " + clientReason;
        }
        var state = reason is not null ? NdaReadiness.Missing
            : !masterInForce ? NdaReadiness.MasterToSign
            : terms.RequiresClientNda && !clientInForce ? NdaReadiness.ClientNdaToSign
            : NdaReadiness.InForce;
        return (state, reason);
    }

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Range(DateRange days) => days.End is { } e ? $"{Day(days.Start)} to {Day(e)}" : $"from {Day(days.Start)} until further notice";

    private static string Hours(decimal hours) => $"{hours.ToString("0.##", CultureInfo.InvariantCulture)} h";

    private static string Activity(Activity activity) => activity switch
    {
        Common.Activity.RubricDesign => "rubric design",
        Common.Activity.RedTeaming => "red-teaming",
        _ => activity.ToString().ToLowerInvariant(),
    };
}
