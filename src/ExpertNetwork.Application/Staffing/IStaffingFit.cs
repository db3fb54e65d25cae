namespace ExpertNetwork.Application.Staffing;

/// <summary>
/// The hard filters of matching, for one expert and one staffing request: what sending an offer and accepting one
/// re-check at that moment. The expert's own engagement on the request (if any) does not count against them.
/// </summary>
public interface IStaffingFit
{
    /// <returns>
    /// Why the expert cannot take a seat on the request, one human sentence per failed rule (for example "Board
    /// certification expires on 2027-03-01, before the window ends on 2027-03-31."); empty when they fit.
    /// </returns>
    Task<IReadOnlyList<string>> WhyNotAsync(Guid staffingRequestId, Guid expertId, CancellationToken cancellationToken);
}
