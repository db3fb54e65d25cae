using System.Collections.Concurrent;
using System.Globalization;
using ExpertNetwork.Application.Templates;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;

namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>
/// Loads templates from the templates folder, compiles each once and caches it. Values written with <c>{{ }}</c> are
/// escaped for Markdown (see <see cref="MarkdownTextEncoder"/>) and Markdig then encodes them for HTML with raw HTML
/// disabled, so user-supplied values can add neither markup nor links.
/// </summary>
public sealed class TemplateEngine : ITemplateRenderer
{
    private static readonly IHandlebars BodyHandlebars = CreateHandlebars(new MarkdownTextEncoder());
    private static readonly IHandlebars SubjectHandlebars = CreateHandlebars(new SingleLineTextEncoder());

    private readonly ConcurrentDictionary<string, Lazy<CompiledTemplate>> _cache = new(StringComparer.Ordinal);

    public TemplateEngine(IOptions<TemplateOptions> options)
        : this(ResolveDirectory(options?.Value.Directory))
    {
    }

    public TemplateEngine(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = directory;
    }

    /// <summary>The folder holding <c>emails/</c> and <c>documents/</c>.</summary>
    public string Directory { get; }

    public RenderedEmail RenderEmail(string name, object model)
    {
        var template = GetCompiled(name, TemplateKind.Email);
        var markdown = template.Body(model);
        var subject = template.Subject!(model).Trim();
        return new RenderedEmail(subject, MarkdownRendering.ToEmailHtml(subject, markdown), MarkdownRendering.ToPlainText(markdown));
    }

    public string RenderDocument(string name, object model)
    {
        var template = GetCompiled(name, TemplateKind.Document);
        return template.Body(model);
    }

    /// <summary>
    /// Renders a document body kept outside the templates folder (an NDA version stored in the database) with the
    /// variables of the catalog entry <paramref name="name"/>; the body has no front matter. Compiled once per text.
    /// </summary>
    public string RenderDocumentText(string name, string body, object model)
    {
        ArgumentNullException.ThrowIfNull(body);
        var definition = TemplateCatalog.Get(name);
        var key = "text:" + name + ":" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
        var lazy = _cache.GetOrAdd(key, _ => new Lazy<CompiledTemplate>(() => Compile(definition, WithFrontMatter(definition, body))));
        try
        {
            return lazy.Value.Body(model);
        }
        catch
        {
            _cache.TryRemove(new KeyValuePair<string, Lazy<CompiledTemplate>>(key, lazy));
            throw;
        }
    }

    /// <summary>Checks a front-matter-less document body against the variables of the catalog entry <paramref name="name"/>.</summary>
    public static IReadOnlyList<TemplateValidationError> ValidateDocumentText(string name, string body)
    {
        var definition = TemplateCatalog.Get(name);
        if (string.IsNullOrWhiteSpace(body))
            return [new TemplateValidationError("The text is empty.")];
        // The three front-matter lines added here are not the author's: report lines of the text as written.
        return TemplateValidator.Validate(name, WithFrontMatter(definition, body))
            .Select(e => new TemplateValidationError(System.Text.RegularExpressions.Regex.Replace(
                e.Message, @"^Line (\d+):", m => $"Line {int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 3}:")))
            .ToList();
    }

    private static string WithFrontMatter(TemplateDefinition definition, string body) =>
        $"---\nvariables: [{string.Join(", ", definition.Variables)}]\n---\n{body}";

    /// <summary>The text of a template file (front matter included), e.g. to show it in an editor.</summary>
    public string LoadText(string name)
    {
        TemplateCatalog.Get(name);
        return File.ReadAllText(PathOf(name));
    }

    /// <summary>Replaces the cached compiled template with <paramref name="text"/>, e.g. after an admin saved a validated edit.</summary>
    public void Replace(string name, string text)
    {
        var definition = TemplateCatalog.Get(name);
        var compiled = Compile(definition, text);
        _cache[name] = new Lazy<CompiledTemplate>(compiled);
    }

    /// <summary>Forgets the cached template so the next render loads it again.</summary>
    public void Invalidate(string name) => _cache.TryRemove(name, out _);

    /// <summary>The file path of a template, e.g. <c>{Directory}/emails/offer.md.hbs</c>.</summary>
    public string PathOf(string name) => Path.Combine(Directory, name.Replace('/', Path.DirectorySeparatorChar) + ".md.hbs");

    internal static IHandlebars CreateHandlebars(ITextEncoder encoder)
    {
        // Invariant formatting: a plain {{number}} must not depend on the server's culture.
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { TextEncoder = encoder, FormatProvider = CultureInfo.InvariantCulture });
        TemplateHelpers.Register(handlebars);
        return handlebars;
    }

    /// <summary>The configured folder, or the first <c>templates/</c> folder found walking up from the app's base directory.</summary>
    public static string ResolveDirectory(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, AppContext.BaseDirectory);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "emails")) || System.IO.Directory.Exists(Path.Combine(candidate, "documents")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No templates folder found above {AppContext.BaseDirectory}. Set '{TemplateOptions.SectionName}:Directory'.");
    }

    private CompiledTemplate GetCompiled(string name, TemplateKind kind)
    {
        var definition = TemplateCatalog.Get(name);
        if (definition.Kind != kind)
        {
            throw new InvalidOperationException($"Template '{name}' is a {definition.Kind.ToString().ToLowerInvariant()} template, not a {kind.ToString().ToLowerInvariant()} template.");
        }

        var lazy = _cache.GetOrAdd(name, n => new Lazy<CompiledTemplate>(() => Compile(definition, File.ReadAllText(PathOf(n)))));
        try
        {
            return lazy.Value;
        }
        catch
        {
            _cache.TryRemove(new KeyValuePair<string, Lazy<CompiledTemplate>>(name, lazy));
            throw;
        }
    }

    private static CompiledTemplate Compile(TemplateDefinition definition, string text)
    {
        var errors = TemplateValidator.Validate(definition.Name, text);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Template '{definition.Name}' is invalid: {string.Join(" ", errors.Select(e => e.Message))}");
        }

        var frontMatter = FrontMatter.TryParse(text, new List<string>())!;
        var body = BodyHandlebars.Compile(frontMatter.Body);
        var subject = frontMatter.Subject is null ? null : SubjectHandlebars.Compile(frontMatter.Subject);
        return new CompiledTemplate(
            model => body(model),
            subject is null ? null : model => subject(model));
    }

    private sealed record CompiledTemplate(Func<object, string> Body, Func<object, string>? Subject);
}
