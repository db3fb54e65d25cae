namespace ExpertNetwork.Application.Common;

public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        // A page far beyond the last is empty; the offset is capped so a huge page number cannot overflow it.
        var skip = (int)Math.Min((long)(Math.Max(page, 1) - 1) * pageSize, total);
        var items = await ordered.Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, page, pageSize, total);
    }
}
