using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

public sealed partial class ComplianceDashboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_compliance_officer_sees_the_registry_panel_with_the_credentials_expiring_within_30_days()
    {
        await SignInAndExpectDashboardAsync(ComplianceOfficer, "Compliance dashboard");

        var registry = Page.GetByRole(AriaRole.Region, new() { Name = "Registry and vetting" });
        await Assertions.Expect(registry).ToBeVisibleAsync();
        await Assertions.Expect(registry.GetByText("Verified credentials expiring in 30 days")).ToBeVisibleAsync();
        await Assertions.Expect(registry.Locator("[data-stat=expiring]")).ToHaveTextAsync(PositiveNumber());
        var expiring = registry.GetByRole(AriaRole.Table, new() { Name = "Credentials expiring soon" });
        await Assertions.Expect(expiring).ToBeVisibleAsync();
        await Assertions.Expect(expiring.Locator("tbody tr").First.GetByRole(AriaRole.Link)).ToBeVisibleAsync();
        await Assertions.Expect(registry.GetByRole(AriaRole.Link, new() { Name = "Active" })).ToBeVisibleAsync();
        // A compliance officer does not staff projects.
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Open staffing requests" })).ToHaveCountAsync(0);

        await Screenshots.SaveAsync(Page, "compliance-dashboard.png");
    }

    [Fact]
    public async Task A_compliance_officer_runs_the_compliance_scan_and_sees_what_needs_attention()
    {
        await SignInAndExpectDashboardAsync(ComplianceOfficer, "Compliance dashboard");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Compliance", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Compliance", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Run the compliance scan now" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Scan finished:");
        await Assertions.Expect(Page.Locator("[data-stat=expiring-credentials]")).ToHaveTextAsync(PositiveNumber());
        var expiring = Page.GetByRole(AriaRole.Table, new() { Name = "Credentials expiring soon" });
        await Assertions.Expect(expiring.Locator("tbody tr").First).ToContainTextAsync("reminder sent");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Credentials pending verification" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "compliance-scan.png");
    }

    [GeneratedRegex(@"^[1-9]\d*$")]
    private static partial Regex PositiveNumber();
}
