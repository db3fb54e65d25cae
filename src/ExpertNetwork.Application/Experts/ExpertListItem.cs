using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

public sealed class ExpertListItem
{
    public Guid Id { get; init; }
    public string FullName { get; init; } = string.Empty;
    public string Email { get; init; } = string.Empty;
    public string CountryCode { get; init; } = string.Empty;
    public string TimeZoneId { get; init; } = string.Empty;
    public ExpertStatus Status { get; init; }
    public int YearsOfExperience { get; init; }
    public decimal WeeklyCapacityHours { get; init; }
    public IReadOnlyList<string> Specialties { get; set; } = [];
    public int VerifiedCredentials { get; set; }
    public int PendingCredentials { get; set; }

    /// <summary>The hourly rate for the searched activity on the searched day; null when no activity was searched or the expert has none.</summary>
    public decimal? RateAmount { get; set; }

    public string? RateCurrency { get; set; }
}
