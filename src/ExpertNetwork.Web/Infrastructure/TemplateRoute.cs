using System.Globalization;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>A template key ("emails/invoice") as the route values of the template pages (<c>{kind}/{name}</c>).</summary>
public static class TemplateRoute
{
    public static IDictionary<string, string> Of(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["kind"] = key[..slash], ["name"] = key[(slash + 1)..] };
    }

    /// <summary>The route values of one stored version of the template.</summary>
    public static IDictionary<string, string> Of(string key, int number)
    {
        var values = Of(key);
        values["number"] = number.ToString(CultureInfo.InvariantCulture);
        return values;
    }
}
