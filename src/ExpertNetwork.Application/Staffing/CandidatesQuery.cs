using System.ComponentModel.DataAnnotations;

namespace ExpertNetwork.Application.Staffing;

/// <summary>A page of ranked candidates, for the candidates page and GET /api/v1/staffing-requests/{id}/candidates.</summary>
public sealed class CandidatesQuery
{
    [Range(1, 1_000_000, ErrorMessage = "Page must be between {1} and {2}.")]
    public int Page { get; set; } = 1;

    [Range(1, Paging.MaxPageSize, ErrorMessage = "Page size must be between {1} and {2}.")]
    public int PageSize { get; set; } = Paging.DefaultPageSize;
}
