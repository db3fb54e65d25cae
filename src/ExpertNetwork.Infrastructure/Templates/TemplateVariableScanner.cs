using System.Text.RegularExpressions;

namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>A variable path used by a template, e.g. <c>lines.amount</c> for <c>{{amount}}</c> inside <c>{{#each lines}}</c>.</summary>
public sealed record TemplateVariableUse(string Path, int Line);

/// <summary>
/// Finds the variables a Handlebars template reads, resolving paths inside <c>#each</c>/<c>#with</c> blocks against the
/// block's value (so <c>{{description}}</c> inside <c>{{#each lines}}</c> is <c>lines.description</c>), and reports
/// constructs that templates may not use (partials, unknown helpers, block parameters).
/// </summary>
public static partial class TemplateVariableScanner
{
    public static IReadOnlyList<TemplateVariableUse> Scan(string template, int firstLine, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(errors);

        var uses = new List<TemplateVariableUse>();
        var scopes = new List<string> { string.Empty };
        foreach (Match match in MustacheRegex().Matches(template))
        {
            var line = firstLine + CountLines(template, match.Index);
            var expression = match.Groups["expr"].Value.Trim().Trim('~').Trim();
            if (expression.Length == 0 || expression[0] == '!')
            {
                continue;
            }

            switch (expression[0])
            {
                case '>':
                    errors.Add($"Line {line}: partials ('{{{{> ...}}}}') are not supported in templates.");
                    continue;
                case '/':
                    if (scopes.Count > 1)
                    {
                        scopes.RemoveAt(scopes.Count - 1);
                    }

                    continue;
                case '#' or '^':
                    ScanBlock(expression, line, scopes, uses, errors);
                    continue;
                default:
                    break;
            }

            var tokens = Tokenize(expression);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (tokens[0] == "else")
            {
                // {{else}} or {{else if x}}
                AddArguments(tokens.Skip(tokens.Count > 1 && TemplateHelpers.BlockHelperNames.Contains(tokens[1]) ? 2 : 1), line, scopes, uses);
                continue;
            }

            if (TemplateHelpers.HelperNames.Contains(tokens[0]))
            {
                AddArguments(tokens.Skip(1), line, scopes, uses);
            }
            else if (tokens.Count > 1)
            {
                errors.Add($"Line {line}: unknown helper '{tokens[0]}'. Available helpers: {string.Join(", ", TemplateHelpers.HelperNames)}.");
            }
            else
            {
                AddArguments(tokens, line, scopes, uses);
            }
        }

        return uses;
    }

    private static void ScanBlock(string expression, int line, List<string> scopes, List<TemplateVariableUse> uses, ICollection<string> errors)
    {
        var inverse = expression[0] == '^';
        var tokens = Tokenize(expression[1..]);
        if (tokens.Count == 0)
        {
            errors.Add($"Line {line}: empty block expression.");
            scopes.Add(scopes[^1]);
            return;
        }

        if (tokens.Contains("as"))
        {
            errors.Add($"Line {line}: block parameters ('as |x|') are not supported; use 'this' or the field name inside the block.");
        }

        if (inverse && tokens.Count == 1)
        {
            AddArguments(tokens, line, scopes, uses);
            scopes.Add(scopes[^1]);
            return;
        }

        var helper = tokens[0];
        if (!TemplateHelpers.BlockHelperNames.Contains(helper))
        {
            errors.Add($"Line {line}: unknown block helper '#{helper}'. Available: {string.Join(", ", TemplateHelpers.BlockHelperNames.Select(h => "#" + h))}.");
            scopes.Add(scopes[^1]);
            return;
        }

        var arguments = tokens.Skip(1).TakeWhile(t => t != "as").ToList();
        AddArguments(arguments, line, scopes, uses);
        if (helper is "each" or "with" && arguments.Count == 1 && !IsLiteral(arguments[0]))
        {
            scopes.Add(Resolve(arguments[0], scopes) ?? scopes[^1]);
        }
        else
        {
            scopes.Add(scopes[^1]);
        }
    }

    private static void AddArguments(IEnumerable<string> tokens, int line, List<string> scopes, List<TemplateVariableUse> uses)
    {
        foreach (var token in tokens)
        {
            var value = token;
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && token[0] is not '"' and not '\'')
            {
                value = token[(equals + 1)..];
            }

            if (IsLiteral(value) || TemplateHelpers.HelperNames.Contains(value))
            {
                continue;
            }

            var path = Resolve(value, scopes);
            if (!string.IsNullOrEmpty(path))
            {
                uses.Add(new TemplateVariableUse(path, line));
            }
        }
    }

    /// <summary>The absolute path of <paramref name="token"/> in the current scope; null for data variables such as @index.</summary>
    private static string? Resolve(string token, List<string> scopes)
    {
        var path = token.Replace('/', '.');
        var depth = scopes.Count - 1;
        if (path.StartsWith("@root.", StringComparison.Ordinal))
        {
            return path["@root.".Length..];
        }

        if (path.StartsWith('@'))
        {
            return null;
        }

        while (path.StartsWith("...", StringComparison.Ordinal))
        {
            depth = Math.Max(0, depth - 1);
            path = path[3..];
        }

        var scope = scopes[depth];
        if (path is "this" or "." or "")
        {
            return scope;
        }

        if (path.StartsWith("this.", StringComparison.Ordinal))
        {
            path = path["this.".Length..];
        }

        return scope.Length == 0 ? path : $"{scope}.{path}";
    }

    private static bool IsLiteral(string token) =>
        token.Length == 0
        || token[0] is '"' or '\''
        || char.IsAsciiDigit(token[0])
        || (token[0] == '-' && token.Length > 1 && char.IsAsciiDigit(token[1]))
        || token is "true" or "false" or "null" or "undefined";

    private static List<string> Tokenize(string expression)
    {
        var tokens = new List<string>();
        foreach (Match match in TokenRegex().Matches(expression.Replace('(', ' ').Replace(')', ' ')))
        {
            tokens.Add(match.Value);
        }

        return tokens;
    }

    private static int CountLines(string text, int index)
    {
        var count = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"\{\{!--.*?--\}\}|\{\{\{(?<expr>.*?)\}\}\}|\{\{(?<expr>.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex MustacheRegex();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'|[^\\s]+")]
    private static partial Regex TokenRegex();
}
