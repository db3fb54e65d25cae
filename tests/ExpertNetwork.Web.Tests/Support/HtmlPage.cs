using System.Net;
using System.Text.RegularExpressions;

namespace ExpertNetwork.Web.Tests.Support;

/// <summary>A response as a user would read it: status, where it redirects, and the decoded page text.</summary>
public sealed partial class HtmlPage
{
    private HtmlPage(HttpResponseMessage response, string markup)
    {
        Response = response;
        Markup = markup;
        Text = WebUtility.HtmlDecode(markup);
    }

    public HttpResponseMessage Response { get; }

    public HttpStatusCode Status => Response.StatusCode;

    /// <summary>The raw HTML as served (entities still encoded).</summary>
    public string Markup { get; }

    /// <summary>The HTML with entities decoded, for checking the words a user sees.</summary>
    public string Text { get; }

    public string? ContentType => Response.Content.Headers.ContentType?.MediaType;

    /// <summary>The redirect target as path and query, whether the server sent it absolute or relative.</summary>
    public string? Location => Response.Headers.Location switch
    {
        null => null,
        { IsAbsoluteUri: true } uri => uri.PathAndQuery,
        var uri => uri.OriginalString,
    };

    public string? AbsoluteLocation => Response.Headers.Location?.ToString();

    public IReadOnlyList<string> SetCookies =>
        Response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    public string AntiforgeryToken
    {
        get
        {
            var input = AntiforgeryInput().Match(Markup);
            if (!input.Success)
                throw new InvalidOperationException("The page has no __RequestVerificationToken input.");
            var value = ValueAttribute().Match(input.Value);
            return value.Success ? WebUtility.HtmlDecode(value.Groups["value"].Value) : throw new InvalidOperationException("The token input has no value.");
        }
    }

    public bool HasAntiforgeryToken => AntiforgeryInput().IsMatch(Markup);

    /// <summary>The main navigation's markup (empty when the page shows none, as for anonymous visitors).</summary>
    public string Navigation => MainNavigation().Match(Markup) is { Success: true } nav ? nav.Value : string.Empty;

    /// <summary>The number of experts the list page reports in total.</summary>
    public int TotalExperts => int.Parse(ResultTotal().Match(Markup).Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rows of the expert list table, in page order.</summary>
    public IReadOnlyList<ExpertRow> ExpertRows => ExpertListRow().Matches(Markup)
        .Select(m => new ExpertRow(
            Guid.Parse(m.Groups["id"].Value),
            WebUtility.HtmlDecode(m.Groups["name"].Value),
            WebUtility.HtmlDecode(m.Groups["specialties"].Value),
            m.Groups["country"].Value,
            m.Groups["status"].Value))
        .ToList();

    /// <summary>The value of the option whose visible label is <paramref name="label"/> (ignoring indentation).</summary>
    public string OptionValue(string label)
    {
        foreach (Match option in OptionElement().Matches(Markup))
        {
            if (WebUtility.HtmlDecode(option.Groups["label"].Value).Trim().Trim('\u00a0').Trim() == label)
                return WebUtility.HtmlDecode(option.Groups["value"].Value);
        }
        throw new InvalidOperationException($"The page has no option labelled '{label}'.");
    }

    public static async Task<HtmlPage> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        new(response, await response.Content.ReadAsStringAsync(cancellationToken));

    [GeneratedRegex("""<input\b[^>]*\bname="__RequestVerificationToken"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("""\bvalue="(?<value>[^"]*)" """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("""<nav\b[^>]*\bclass="mainnav"[^>]*>.*?</nav>""", RegexOptions.Singleline)]
    private static partial Regex MainNavigation();

    [GeneratedRegex("""data-total="(?<total>\d+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ResultTotal();

    [GeneratedRegex("""
        <td[^>]*><a\ href="/experts/(?<id>[0-9a-fA-F-]{36})">(?<name>[^<]*)</a>(?:<div[^>]*>[^<]*</div>)?</td>\s*
        <td[^>]*>(?<specialties>[^<]*)</td>\s*
        <td[^>]*>(?<country>[A-Z]{2})(?:<div[^>]*>[^<]*</div>)?</td>\s*
        <td[^>]*><span\ class="badge\ status-(?<status>[a-z]+)">
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ExpertListRow();

    [GeneratedRegex("""<option value="(?<value>[^"]*)"[^>]*>(?<label>[^<]*)</option>""")]
    private static partial Regex OptionElement();
}
