using ExpertNetwork.TestSupport;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(ExpertNetwork.BrowserTests.BrowserFixture))]

namespace ExpertNetwork.BrowserTests;

/// <summary>
/// Once per test run: the real app over Kestrel on a fresh demo database, and one headless system Chromium
/// driven by Playwright. Each test opens its own <see cref="IBrowserContext"/> (own cookies, 1280x900).
/// Playwright never downloads a browser here: it is pointed at the Chromium the OS package manager installed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private ExpertNetworkAppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Why the suite cannot run here (no Chromium), or null.</summary>
    public string? Unavailable { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        var chromium = ChromiumLocator.Find();
        if (chromium is null)
        {
            Unavailable = "Chromium is not installed (apt-get install chromium)";
            return;
        }

        _app = new ExpertNetworkAppFactory();
        _app.ServeOverKestrel();
        BaseAddress = _app.ServerAddress;

        // A busy CI agent (or a 2-core laptop building other projects) can be slow; fail on wrong pages, not on load.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>Runs work with the served app's services, e.g. to look up a demo record's id.</summary>
    public Task<T> WithAppScopeAsync<T>(Func<IServiceProvider, Task<T>> action) =>
        (_app ?? throw new InvalidOperationException("The app runs only when Chromium is available.")).WithScopeAsync(action);

    /// <summary>A fresh browser context (no cookies) and a page in it; skips the test when there is no Chromium.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(1280, 900, mobile: false);

    /// <summary>
    /// A fresh context with its own viewport, e.g. a phone's (390x844, touch) for pages experts open from email.
    /// Relative addresses go to the shared app, or to <paramref name="app"/> (an app of the test's own) when given.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width, int height, bool mobile, Uri? app = null)
    {
        if (Unavailable is not null || _browser is null)
        {
            SuiteRequirements.Missing(Unavailable ?? "Chromium could not be started");
            throw new InvalidOperationException("Unreachable: SuiteRequirements.Missing skips or fails the test.");
        }
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = (app ?? BaseAddress).ToString(),
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = mobile,
            HasTouch = mobile,
            DeviceScaleFactor = mobile ? 2 : 1,
            AcceptDownloads = true,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
