using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>The request's terms as the candidates page heads them.</summary>
public sealed record CandidateRequestHeader(
    Guid Id, string Title, string ProjectName, string ClientName, string SpecialtyNames, Activity Activity, DateRange Window,
    decimal HoursPerWeek, Money MaxHourlyPayRate, int SeatsNeeded, int SeatsFilled, string Status, string ProjectTimeZoneId);

/// <summary>One ranked candidate: who, the score and its parts, and what the program manager checks before an offer.</summary>
public sealed record CandidateRow(
    int Rank,
    Guid ExpertId,
    string FullName,
    string Email,
    decimal Score,
    IReadOnlyList<ScorePart> Parts,
    Money HourlyRate,
    decimal CapacityLeftHours,
    NdaReadiness Nda,
    int BlackoutDaysInWindow,
    EngagementStatus? EngagementOnRequest);

public sealed record CandidatesView(CandidateRequestHeader Request, PagedResult<CandidateRow> Candidates);

/// <summary>Why one expert is or is not a candidate: every failed rule, empty when they fit.</summary>
public sealed record WhyNotResult(Guid ExpertId, string FullName, string Email, IReadOnlyList<string> Reasons)
{
    public bool Fits => Reasons.Count == 0;
}
