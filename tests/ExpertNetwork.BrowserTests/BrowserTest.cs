using System.Text.RegularExpressions;
using ExpertNetwork.Infrastructure.Seeding;
using ExpertNetwork.TestSupport;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

/// <summary>
/// A test with its own browser context and page. A failing test leaves a screenshot of where it stopped in
/// screenshots/failures next to the test output. Tests that add records pass the address of an app of their own
/// (<see cref="SeparateApp"/>), so the shared app keeps the demo counts other tests read; relative addresses then
/// go to that app.
/// </summary>
public abstract partial class BrowserTest(BrowserFixture fixture, Uri? app = null) : IAsyncLifetime
{
    protected const string ProgramManager = $"pm@{DemoDataSeeder.DemoDomain}";
    protected const string ComplianceOfficer = $"compliance@{DemoDataSeeder.DemoDomain}";
    protected const string Admin = $"admin@{DemoDataSeeder.DemoDomain}";
    protected const string FinanceOfficer = $"finance@{DemoDataSeeder.DemoDomain}";

    private IPage? _page;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is created in InitializeAsync.");

    public async ValueTask InitializeAsync() => _page = await fixture.NewPageAsync(1280, 900, mobile: false, app);

    /// <summary>Another person's browser (no cookies) at the given size, on the same app; the caller closes its context.</summary>
    /// <summary>Runs work with the shared app's services (for tests on the shared app only).</summary>
    protected Task<T> WithAppAsync<T>(Func<IServiceProvider, Task<T>> action) => fixture.WithAppServicesAsync(action);

    protected Task<IPage> NewPersonAsync(int width, int height, bool mobile) => fixture.NewPageAsync(width, height, mobile, app);

    /// <summary>Opens the sign-in page, types the email and password, clicks "Sign in".</summary>
    protected async Task SignInAsync(string email, string password = ExpertNetworkAppFactory.DemoPassword, string? screenshot = null)
    {
        await Page.GotoAsync("/account/login");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        if (screenshot is not null)
            await Screenshots.SaveAsync(Page, screenshot);
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    protected async Task SignInAndExpectDashboardAsync(string email, string dashboardHeading)
    {
        await SignInAsync(email);
        await Assertions.Expect(Page).ToHaveURLAsync(DashboardUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = dashboardHeading, Level = 1 })).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_page is null)
            return;
        if (TestContext.Current.TestState?.Result == TestResult.Failed && !_page.IsClosed)
        {
            var name = TestContext.Current.Test?.TestDisplayName ?? "unknown";
            var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
            var folder = Path.Combine(Screenshots.OutputFolder, "failures");
            Directory.CreateDirectory(folder);
            await _page.ScreenshotAsync(new() { Path = Path.Combine(folder, safe[..Math.Min(safe.Length, 120)] + ".png"), FullPage = true });
        }
        await _page.Context.CloseAsync();
        GC.SuppressFinalize(this);
    }

    [GeneratedRegex(@"/dashboard$")]
    protected static partial Regex DashboardUrl();

    [GeneratedRegex(@"/account/login(\?|$)")]
    protected static partial Regex LoginUrl();
}
