namespace ExpertNetwork.Web.Infrastructure;

public static class QueryHelpers
{
    public static string Link(string path, IDictionary<string, string?> query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
