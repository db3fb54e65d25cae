using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

/// <summary>The filters of the expert list, shared by the staff page and GET /api/v1/experts.</summary>
public sealed class ExpertSearch
{
    [StringLength(TextLimits.Short, ErrorMessage = "Search text must be at most {1} characters.")]
    public string? Q { get; set; }

    public Guid? SpecialtyId { get; set; }

    public ExpertStatus? Status { get; set; }

    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Country must be a two-letter ISO code such as DE or US.")]
    public string? Country { get; set; }

    [RegularExpression("^[A-Za-z]{2,3}$", ErrorMessage = "Language must be an ISO 639 code such as en or de.")]
    public string? Language { get; set; }

    [Range(1, 1_000_000, ErrorMessage = "Page must be between {1} and {2}.")]
    public int Page { get; set; } = 1;

    [Range(1, Paging.MaxPageSize, ErrorMessage = "Page size must be between {1} and {2}.")]
    public int PageSize { get; set; } = Paging.DefaultPageSize;
}
