namespace ExpertNetwork.Domain.Staffing;

/// <summary>
/// What the soft score of a fitting expert is computed from. Offers "accepted" counts every engagement the expert
/// once accepted (accepted, active, completed or later cancelled).
/// </summary>
public sealed record CandidateFacts(
    Guid ExpertId,
    string FullName,
    int YearsOfExperience,
    string TimeZoneId,
    decimal HourlyRate,
    int Completed,
    int Cancelled,
    int OffersAccepted,
    int OffersDeclined,
    int OffersExpired);
