using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Web.Models;

/// <summary>
/// The expert's page: the profile, the app clock's day (which rates are in effect), and whether the user may send and
/// revoke NDAs (the NDA controller's policy) with the NDA versions that can be sent.
/// </summary>
public sealed record ExpertPageViewModel(ExpertDetail Expert, DateOnly Today, bool CanManageNdas, IReadOnlyList<SendableNdaView> SendableNdas)
{
    /// <summary>Whether a rate from <paramref name="from"/> to <paramref name="to"/> applies today.</summary>
    public bool InEffect(DateOnly from, DateOnly? to) => new DateRange(from, to).Contains(Today);
}
