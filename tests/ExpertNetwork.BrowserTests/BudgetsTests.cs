using ExpertNetwork.TestSupport;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

/// <summary>Runs against an app of its own: it adds projects with approved hours, which would change the demo figures other tests read.</summary>
public sealed class BudgetsTests(BrowserFixture fixture, SeparateApp app) : BrowserTest(fixture, app.BaseAddress), IClassFixture<SeparateApp>
{
    [Fact]
    public async Task Finance_sees_projects_against_their_budgets_and_opens_a_projects_budget_panel_with_its_burn_chart()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await app.WithServicesAsync(s => BudgetScenario.SeedAsync(s, "CARD-MRI", "Cardiac MRI grading", 5_000m, cancellation));
        await app.WithServicesAsync(s => BudgetScenario.SeedAsync(s, "STROKE-CT", "Stroke CT triage", 4_000m, cancellation));
        await app.WithServicesAsync(s => BudgetScenario.SeedAsync(s, "DERM-PHOTO", "Dermatology photo review", 20_000m, cancellation));

        await SignInAndExpectDashboardAsync(FinanceOfficer, "Finance dashboard");
        await Page.GotoAsync("/finance/budgets");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Budgets", Level = 1 })).ToBeVisibleAsync();
        var rows = Page.GetByRole(AriaRole.Table, new() { Name = "Project budgets" }).Locator("tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("Stroke CT triage");
        await Assertions.Expect(rows.First).ToContainTextAsync("Over budget");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Cardiac MRI grading");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("80% used");
        await Assertions.Expect(Page.Locator("tr[data-project=DERM-PHOTO]")).ToContainTextAsync("22.0%");
        await Screenshots.SaveAsync(Page, "finance-budgets.png");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Cardiac MRI grading" }).ClickAsync();
        var panel = Page.Locator("section[aria-labelledby=budget-heading]");
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Budget" })).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("88.0%");
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync(BudgetScenario.ProgramManagerEmail);
        await Assertions.Expect(panel.GetByRole(AriaRole.Img, new() { Name = "Spent per week against the budget of 5,000.00 USD" })).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("[data-budget=margin]")).ToHaveTextAsync("1,400.00 USD");
        await Screenshots.SaveAsync(panel, "project-budget-panel.png");
    }
}
