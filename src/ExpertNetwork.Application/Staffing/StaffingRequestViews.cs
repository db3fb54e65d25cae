using System.Text.Json.Serialization;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>What a staffing request asks for and where it stands. Version is the token for closing it.</summary>
public sealed record StaffingRequestTerms(
    Guid Id, int Version, string Title, Guid ProjectId, string ProjectName, string ClientName, Guid SpecialtyId, string SpecialtyName,
    IReadOnlyList<string> Subspecialties, IReadOnlyList<CredentialKind> RequiredCredentialKinds, IReadOnlyList<string> Languages,
    Activity Activity, int SeatsNeeded, int SeatsFilled, decimal HoursPerWeek, DateOnly StartsOn, DateOnly EndsOn,
    decimal MaxHourlyPayRate, string Currency, int OfferResponseHours, bool AutoBackfill, int WaveSize, StaffingRequestStatus Status,
    DateTime OpenedUtc, DateTime? FilledUtc, DateTime? ClosedUtc, string? CloseReason, DateTime? CandidatesExhaustedUtc)
{
    public int SeatsOpen => SeatsNeeded - SeatsFilled;

    /// <summary>Filled seats as a whole percentage (0-100).</summary>
    public int PercentFilled => SeatsNeeded == 0 ? 0 : Math.Clamp(SeatsFilled * 100 / SeatsNeeded, 0, 100);

    // For the page, not part of the API: open requests look for candidates; any request not yet closed can be closed.
    [JsonIgnore]
    public bool SeeksCandidates => Status == StaffingRequestStatus.Open;
    [JsonIgnore]
    public bool IsClosed => Status == StaffingRequestStatus.Closed;
    [JsonIgnore]
    public bool CanClose => !IsClosed;
}

/// <summary>How long the request took: to the first acceptance, to the last seat (once filled), and how long it has been (or was) open.</summary>
public sealed record StaffingRequestTimes(TimeSpan? TimeToFirstAccept, TimeSpan? TimeToStaff, TimeSpan TimeOpen);

/// <summary>The request, its funnel and times, for the API.</summary>
public sealed record StaffingRequestSummary(StaffingRequestTerms Request, StaffingFunnel Funnel, StaffingRequestTimes Times);

/// <summary>One expert on the request. Version is the token for withdrawing or cancelling.</summary>
public sealed record EngagementRow(
    Guid Id, int Version, Guid ExpertId, string ExpertName, EngagementStatus Status, decimal? HourlyRate, string? Currency, int? MatchRank,
    DateTime ProposedUtc, DateTime? OfferedUtc, DateTime? OfferExpiresUtc, DateTime? OfferOpenedUtc, DateTime? OfferRemindedUtc,
    DateTime? DecidedUtc, DateTime? EndedUtc, string? Reason)
{
    public bool CanWithdraw => Status is EngagementStatus.Proposed or EngagementStatus.Offered;

    public bool CanCancel => Status is EngagementStatus.Accepted or EngagementStatus.Active;

    /// <summary>Still an offer waiting for the expert's answer (otherwise a proposal, or past that).</summary>
    public bool IsOffer => Status == EngagementStatus.Offered;

    /// <summary>Ended without (or no longer) holding a seat: declined, expired, withdrawn or cancelled.</summary>
    public bool FellThrough => Status is EngagementStatus.Declined or EngagementStatus.Expired or EngagementStatus.Withdrawn or EngagementStatus.Cancelled;
}

/// <summary>The request detail page: terms, fill, funnel, times and every engagement.</summary>
public sealed record StaffingRequestDetail(StaffingRequestTerms Request, StaffingFunnel Funnel, StaffingRequestTimes Times, IReadOnlyList<EngagementRow> Engagements);
