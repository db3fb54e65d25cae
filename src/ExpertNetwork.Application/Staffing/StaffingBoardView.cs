using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>One staffing request on the board: its fill progress, offers out and how long it has taken.</summary>
public sealed record StaffingBoardRow(
    Guid Id, string Title, Guid ProjectId, string ProjectName, string ClientName, StaffingRequestStatus Status,
    int SeatsFilled, int SeatsNeeded, int OffersOut, DateTime OpenedUtc, DateTime? FilledUtc, DateTime? ClosedUtc)
{
    /// <summary>Filled seats as a whole percentage (0-100).</summary>
    public int PercentFilled => SeatsNeeded == 0 ? 0 : Math.Clamp(SeatsFilled * 100 / SeatsNeeded, 0, 100);

    /// <summary>From opening to the last seat filled; null while seats are open.</summary>
    public TimeSpan? TimeToStaff => FilledUtc - OpenedUtc;

    public bool IsClosed => Status == StaffingRequestStatus.Closed;
}

public sealed record StaffingBoardView(StaffingRequestStatus? Status, IReadOnlyList<StaffingBoardRow> Rows, IReadOnlyDictionary<StaffingRequestStatus, int> Counts)
{
    /// <summary>The moment the board was read, from the app's clock: how long open requests have waited counts to it.</summary>
    public DateTime AsOfUtc { get; init; }

    /// <summary>How long an open request has waited so far; null once it is filled or closed.</summary>
    public TimeSpan? OpenFor(StaffingBoardRow row) => row.Status == StaffingRequestStatus.Open ? AsOfUtc - row.OpenedUtc : null;
}
