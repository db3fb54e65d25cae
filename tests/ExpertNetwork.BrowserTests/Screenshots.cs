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

    private static string? FindGuideImagesFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExpertNetwork.sln")))
                return Path.Combine(directory.FullName, "docs", "guide", "images");
        }
        return null;
    }
}
