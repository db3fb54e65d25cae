using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Web.Models;

/// <summary>Previous/next links under a paged list that keeps no other filters.</summary>
public sealed record PagerModel(string Path, int Page, int TotalPages, int TotalCount, int PageSize)
{
    public static PagerModel Of<T>(string path, PagedResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(path, result.Page, result.TotalPages, result.TotalCount, result.PageSize);
    }

    /// <summary>A page number and size from the query string: anything missing or out of range falls back to the first page and the default size.</summary>
    public static (int Page, int PageSize) Read(int? page, int? pageSize) =>
        (page is >= 1 and <= 100_000 ? page.Value : 1, pageSize is >= 1 and <= Paging.MaxPageSize ? pageSize.Value : Paging.DefaultPageSize);

    public string Link(int page) =>
        PageSize == Paging.DefaultPageSize ? $"{Path}?page={page}" : $"{Path}?page={page}&pageSize={PageSize}";
}
