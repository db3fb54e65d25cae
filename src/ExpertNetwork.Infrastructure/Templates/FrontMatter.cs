namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>
/// The block at the top of every template:
/// <code>
/// ---
/// subject: Offer: {{project.title}}
/// variables: [expert.name, offer.url]
/// ---
/// </code>
/// <c>subject</c> is required for emails and not allowed for documents.
/// </summary>
public sealed record FrontMatter(string? Subject, IReadOnlyList<string> Variables, string Body, int BodyStartLine)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="text"/> into front matter and body; errors are added to <paramref name="errors"/>.</summary>
    public static FrontMatter? TryParse(string text, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != Fence)
        {
            errors.Add("The template must start with a front-matter block: a line '---', 'variables: [...]' (and 'subject: ...' for emails), then a line '---'.");
            return null;
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() == Fence);
        if (end < 0)
        {
            errors.Add("The front-matter block is not closed: add a line '---' after it.");
            return null;
        }

        string? subject = null;
        List<string>? variables = null;
        var ok = true;
        for (var i = 1; i < end; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                errors.Add($"Front matter line {i + 1}: expected 'key: value', found '{line.Trim()}'.");
                ok = false;
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "subject":
                    subject = value;
                    break;
                case "variables":
                    variables = ParseList(value, i + 1, errors);
                    ok &= variables is not null;
                    break;
                default:
                    errors.Add($"Front matter line {i + 1}: unknown key '{key}' (allowed: subject, variables).");
                    ok = false;
                    break;
            }
        }

        if (variables is null && ok)
        {
            errors.Add("The front matter must list the template's variables: 'variables: [a, b.c]'.");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var body = string.Join('\n', lines[(end + 1)..]);
        return new FrontMatter(subject, variables!, body, end + 2);
    }

    private static List<string>? ParseList(string value, int lineNumber, ICollection<string> errors)
    {
        if (!value.StartsWith('[') || !value.EndsWith(']'))
        {
            errors.Add($"Front matter line {lineNumber}: 'variables' must be a list in brackets, e.g. [expert.name, offer.url].");
            return null;
        }

        var items = value[1..^1]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        var invalid = items.Where(v => !IsValidPath(v)).ToList();
        if (invalid.Count > 0)
        {
            errors.Add($"Front matter line {lineNumber}: invalid variable name(s): {string.Join(", ", invalid)}.");
            return null;
        }

        return items;
    }

    internal static bool IsValidPath(string path) =>
        path.Length > 0 && path.Split('.').All(segment =>
            segment.Length > 0 && (char.IsAsciiLetter(segment[0]) || segment[0] == '_')
                && segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'));
}
