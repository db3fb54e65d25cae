using System.Reflection;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

/// <summary>
/// Full-page screenshots under a stable name: into "screenshots" next to the test output, and copied to
/// docs/guide/images in the repository so the user guide always shows the current pages.
/// </summary>
public static class Screenshots
{
    private static readonly Lazy<string?> GuideImages = new(FindGuideImagesFolder);

    public static string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SaveAsync(IPage page, string fileName)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(OutputFolder);
        var path = Path.Combine(OutputFolder, fileName);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        if (GuideImages.Value is { } guide)
        {
            Directory.CreateDirectory(guide);
            File.Copy(path, Path.Combine(guide, fileName), overwrite: true);
        }
    }

    /// <summary>One part of a page (a panel, a chart) under a stable name, like <see cref="SaveAsync(IPage, string)"/>.</summary>
    public static async Task SaveAsync(ILocator part, string fileName)
    {
        ArgumentNullException.ThrowIfNull(part);
        Directory.CreateDirectory(OutputFolder);
        var path = Path.Combine(OutputFolder, fileName);
        await part.ScreenshotAsync(new() { Path = path, Animations = ScreenshotAnimations.Disabled });
        if (GuideImages.Value is { } guide)
        {
            Directory.CreateDirectory(guide);
            File.Copy(path, Path.Combine(guide, fileName), overwrite: true);
        }
    }

    /// <summary>
    /// The repository root is the first folder above the test output holding ExpertNetwork.sln. Built with
    /// --artifacts-path the output lives outside the repository, so the folder the project was built from
    /// (stamped into the assembly by the project file) is the fallback.
    /// </summary>
    private static string? FindGuideImagesFolder()
    {
        var builtFrom = typeof(Screenshots).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        var root = FindSolutionFolder(AppContext.BaseDirectory) ?? (builtFrom is null ? null : FindSolutionFolder(builtFrom));
        return root is null ? null : Path.Combine(root, "docs", "guide", "images");
    }

    private static string? FindSolutionFolder(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExpertNetwork.sln")))
                return directory.FullName;
        }
        return null;
    }
}
