namespace ExpertNetwork.BrowserTests;

/// <summary>
/// Finds the system Chromium: EXPERTNETWORK_CHROMIUM if set, the Debian binary, then chromium or
/// chromium-browser on PATH (the Debian /usr/bin/chromium wrapper script also works).
/// </summary>
public static class ChromiumLocator
{
    public const string OverrideVariable = "EXPERTNETWORK_CHROMIUM";

    private static readonly string[] KnownLocations = ["/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser"];
    private static readonly string[] NamesOnPath = ["chromium", "chromium-browser"];

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return File.Exists(configured) ? configured : null;

        foreach (var location in KnownLocations)
        {
            if (File.Exists(location))
                return location;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in NamesOnPath)
            {
                var candidate = Path.Combine(directory, OperatingSystem.IsWindows() ? name + ".exe" : name);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
