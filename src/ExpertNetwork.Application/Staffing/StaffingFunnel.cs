namespace ExpertNetwork.Application.Staffing;

/// <summary>
/// What became of the offers on a request (or a project's requests): sent, opened by the expert, still awaiting an
/// answer, accepted (including engagements later cancelled), declined, expired, withdrawn, and cancelled after acceptance.
/// </summary>
public sealed record StaffingFunnel(int Sent, int Opened, int Awaiting, int Accepted, int Declined, int Expired, int Withdrawn, int Cancelled)
{
    public static StaffingFunnel Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Accepted offers as a whole percentage of offers sent; null before any was sent.</summary>
    public int? AcceptRate => Sent == 0 ? null : Accepted * 100 / Sent;

    public StaffingFunnel Plus(StaffingFunnel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Sent + other.Sent, Opened + other.Opened, Awaiting + other.Awaiting, Accepted + other.Accepted, Declined + other.Declined,
            Expired + other.Expired, Withdrawn + other.Withdrawn, Cancelled + other.Cancelled);
    }
}

/// <summary>Medians over filled requests: from opening to the first acceptance, and to the last seat filled.</summary>
public sealed record StaffingMedians(int FilledRequests, TimeSpan? TimeToFirstAccept, TimeSpan? TimeToStaff);
