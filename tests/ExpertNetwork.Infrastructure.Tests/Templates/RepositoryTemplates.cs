using System.Runtime.CompilerServices;
using ExpertNetwork.Infrastructure.Templates;

namespace ExpertNetwork.Infrastructure.Tests.Templates;

/// <summary>The repository's <c>templates/</c> folder, found from this source file's location.</summary>
internal static class RepositoryTemplates
{
    public static string Directory { get; } = Locate();

    public static TemplateEngine CreateEngine() => new(Directory);

    public static IEnumerable<string> Files() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.md.hbs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Directory, f).Replace(Path.DirectorySeparatorChar, '/')[..^".md.hbs".Length])
            .Order(StringComparer.Ordinal);

    private static string Locate([CallerFilePath] string sourceFile = "")
    {
        var repoRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "..", ".."));
        var templates = Path.Combine(repoRoot, "templates");
        return System.IO.Directory.Exists(templates) ? templates : TemplateEngine.ResolveDirectory(null);
    }
}
