using HandlebarsDotNet;

namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>A problem found in a template; nothing is saved while there are any.</summary>
public sealed record TemplateValidationError(string Message);

/// <summary>
/// Checks a template before it is saved: front matter, Handlebars syntax, and that it reads only the variables the
/// <see cref="TemplateCatalog"/> declares for it and that it lists in its own front matter.
/// </summary>
public static class TemplateValidator
{
    private static readonly IHandlebars Handlebars = TemplateEngine.CreateHandlebars(new MarkdownTextEncoder());

    public static IReadOnlyList<TemplateValidationError> Validate(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        var definition = TemplateCatalog.Find(name);
        if (definition is null)
        {
            return [new TemplateValidationError($"Unknown template '{name}'. Known templates: {string.Join(", ", TemplateCatalog.All.Select(t => t.Name))}.")];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [new TemplateValidationError("The template is empty.")];
        }

        var errors = new List<string>();
        var frontMatter = FrontMatter.TryParse(text, errors);
        if (frontMatter is null)
        {
            return ToErrors(errors);
        }

        if (definition.Kind == TemplateKind.Email && string.IsNullOrWhiteSpace(frontMatter.Subject))
        {
            errors.Add("An email template needs a subject in its front matter: 'subject: ...'.");
        }
        else if (definition.Kind == TemplateKind.Document && frontMatter.Subject is not null)
        {
            errors.Add("A document template has no subject: remove 'subject:' from the front matter.");
        }

        var available = string.Join(", ", definition.Variables);
        foreach (var declared in frontMatter.Variables.Where(v => !definition.Allows(v)))
        {
            errors.Add($"Front matter lists unknown variable '{declared}'. Variables available to {name}: {available}.");
        }

        var syntaxOk = TryCompile(frontMatter.Body, "Syntax error", errors);
        if (frontMatter.Subject is not null)
        {
            syntaxOk &= TryCompile(frontMatter.Subject, "Syntax error in the subject", errors);
        }

        if (syntaxOk)
        {
            var uses = new List<TemplateVariableUse>();
            if (frontMatter.Subject is not null)
            {
                uses.AddRange(TemplateVariableScanner.Scan(frontMatter.Subject, 2, errors));
            }

            uses.AddRange(TemplateVariableScanner.Scan(frontMatter.Body, frontMatter.BodyStartLine, errors));
            foreach (var use in uses.DistinctBy(u => u.Path))
            {
                if (!definition.Allows(use.Path))
                {
                    var hint = use.Path.Contains('.', StringComparison.Ordinal) && definition.Variables.Any(v => use.Path.EndsWith("." + v, StringComparison.Ordinal))
                        ? " (inside {{#each}} or {{#with}}, reach outer values with ../ or @root.)"
                        : string.Empty;
                    errors.Add($"Line {use.Line}: unknown variable '{use.Path}'{hint}. Variables available to {name}: {available}.");
                }
                else if (!frontMatter.Variables.Any(v => v == use.Path || v.StartsWith(use.Path + ".", StringComparison.Ordinal)))
                {
                    errors.Add($"Line {use.Line}: variable '{use.Path}' is used but not listed in the front matter 'variables'.");
                }
            }
        }

        return ToErrors(errors);
    }

    private static bool TryCompile(string template, string prefix, List<string> errors)
    {
        try
        {
            Handlebars.Compile(template);
            return true;
        }
        catch (HandlebarsException ex)
        {
            errors.Add($"{prefix}: {ex.Message}");
            return false;
        }
    }

    private static List<TemplateValidationError> ToErrors(IEnumerable<string> errors) =>
        errors.Select(e => new TemplateValidationError(e)).ToList();
}
