using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// An aggregate's Version as an HTTP entity tag: GET answers it in ETag, PUT must send it back in If-Match, so a
/// change made by someone else in the meantime is refused (412) rather than overwritten.
/// </summary>
internal static class VersionTags
{
    public static string ETagOf(int version) =>
        new EntityTagHeaderValue($"\"{version.ToString(CultureInfo.InvariantCulture)}\"").ToString();

    /// <returns>False unless If-Match holds exactly one strong tag whose value is a version number.</returns>
    public static bool TryReadIfMatch(HttpRequest request, out int version)
    {
        ArgumentNullException.ThrowIfNull(request);
        version = 0;
        var ifMatch = request.GetTypedHeaders().IfMatch;
        return ifMatch.Count == 1 && !ifMatch[0].IsWeak &&
               int.TryParse(ifMatch[0].Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }
}
