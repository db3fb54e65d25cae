using ExpertNetwork.Domain.Common;
using System.Collections.Concurrent;
using System.Globalization;
using ExpertNetwork.Application.Templates;
using HandlebarsDotNet;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>
/// Loads templates from the templates folder, compiles each once and caches it. Values written with <c>{{ }}</c> are
/// escaped for Markdown (see <see cref="MarkdownTextEncoder"/>) and Markdig then encodes them for HTML with raw HTML
/// disabled, so user-supplied values can add neither markup nor links. A version saved by an admin (see
/// <see cref="ITemplateOverrides"/>) takes precedence over the file; its compiled form is cached by its SHA-256, so a
/// new version is compiled once and used from the next render on, without a restart.
/// </summary>
public sealed partial class TemplateEngine : ITemplateRenderer
{
    private static readonly IHandlebars BodyHandlebars = CreateHandlebars(new MarkdownTextEncoder());
    private static readonly IHandlebars SubjectHandlebars = CreateHandlebars(new SingleLineTextEncoder());

    private readonly ConcurrentDictionary<string, Lazy<CompiledTemplate>> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CompiledVersion> _versions = new(StringComparer.Ordinal);
    private readonly ITemplateOverrides _overrides;
    private readonly ILogger _logger;

    public TemplateEngine(IOptions<TemplateOptions> options, ITemplateOverrides overrides, ILogger<TemplateEngine> logger)
        : this(ResolveDirectory(options?.Value.Directory), overrides, logger)
    {
    }

    /// <param name="overrides">Saved versions that take precedence over the files; none when null.</param>
    public TemplateEngine(string directory, ITemplateOverrides? overrides = null, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = directory;
        _overrides = overrides ?? ShippedTemplatesOnly.Instance;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The folder holding <c>emails/</c> and <c>documents/</c>.</summary>
    public string Directory { get; }

    public RenderedEmail RenderEmail(string name, object model)
    {
        return Render(GetCompiled(name, TemplateKind.Email), model);
    }

    public string RenderDocument(string name, object model)
    {
        var template = GetCompiled(name, TemplateKind.Document);
        return template.Body(model);
    }

    /// <summary>Renders <paramref name="text"/> as the email template <paramref name="name"/> without caching it (a preview of an edit).</summary>
    public static RenderedEmail RenderEmailText(string name, string text, object model)
    {
        var template = Compile(Expect(name, TemplateKind.Email), text);
        return Render(template, model);
    }

    /// <summary>The Markdown body of <paramref name="text"/> rendered as the email template <paramref name="name"/>, e.g. to show it inside a page.</summary>
    public static string RenderEmailBodyText(string name, string text, object model) =>
        Compile(Expect(name, TemplateKind.Email), text).Body(model);

    /// <summary>Renders <paramref name="text"/> as the document template <paramref name="name"/> to Markdown without caching it.</summary>
    public static string RenderDocumentText(string name, string text, object model) =>
        Compile(Expect(name, TemplateKind.Document), text).Body(model);

    /// <summary>
    /// Renders a document body kept outside the templates folder (an NDA version stored in the database) with the
    /// variables of the catalog entry <paramref name="name"/>; the body has no front matter. Compiled once per text.
    /// </summary>
    public string RenderDocumentBody(string name, string body, object model)
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
    public static IReadOnlyList<TemplateValidationError> ValidateDocumentBody(string name, string body)
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

    private static RenderedEmail Render(CompiledTemplate template, object model)
    {
        var markdown = template.Body(model);
        var subject = template.Subject!(model).Trim();
        return new RenderedEmail(subject, MarkdownRendering.ToEmailHtml(subject, markdown), MarkdownRendering.ToPlainText(markdown));
    }

    private static TemplateDefinition Expect(string name, TemplateKind kind)
    {
        var definition = TemplateCatalog.Get(name);
        if (definition.Kind != kind)
        {
            throw new InvalidOperationException($"Template '{name}' is a {definition.Kind.ToString().ToLowerInvariant()} template, not a {kind.ToString().ToLowerInvariant()} template.");
        }

        return definition;
    }

    private CompiledTemplate GetCompiled(string name, TemplateKind kind)
    {
        var definition = Expect(name, kind);
        if (_overrides.Find(name) is { } saved)
        {
            if (!_versions.TryGetValue(name, out var version) || version.Sha256 != saved.Sha256)
            {
                version = CompileSaved(definition, saved);
                _versions[name] = version;
            }

            if (version.Template is not null)
            {
                return version.Template;
            }
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

    private CompiledVersion CompileSaved(TemplateDefinition definition, ActiveTemplateText saved)
    {
        try
        {
            return new CompiledVersion(saved.Sha256, Compile(definition, saved.Text));
        }
        catch (InvalidOperationException ex)
        {
            // A version saved under an older release may read a variable this release no longer provides. Mail and
            // documents keep going out with the shipped text; the admin sees the errors when restoring that version.
            LogInvalidSavedVersion(_logger, definition.Name, saved.Number, ex.Message);
            return new CompiledVersion(saved.Sha256, null);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saved version {Number} of template {Template} is not valid in this release; the shipped file is used instead. {Problem}")]
    private static partial void LogInvalidSavedVersion(ILogger logger, string template, int number, string problem);

    private sealed record CompiledTemplate(Func<object, string> Body, Func<object, string>? Subject);

    private sealed record CompiledVersion(string Sha256, CompiledTemplate? Template);
}
