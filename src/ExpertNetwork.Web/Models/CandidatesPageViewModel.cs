using ExpertNetwork.Application.Staffing;

namespace ExpertNetwork.Web.Models;

/// <summary>The candidates page: the ranked page, and the answer to a "why not?" lookup when one was asked.</summary>
public sealed class CandidatesPageViewModel
{
    public CandidatesView View { get; set; } = null!;

    public string? PageError { get; set; }

    public string? Why { get; set; }

    public IReadOnlyList<WhyNotResult>? WhyNot { get; set; }

    public string? WhyError { get; set; }
}
