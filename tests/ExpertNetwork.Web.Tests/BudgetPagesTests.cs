using System.Net;
using ExpertNetwork.TestSupport;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

/// <summary>The budgets page and the project page's Budget panel, for the roles that see money and those that do not.</summary>
public sealed class BudgetPagesTests(WebApp app) : IClassFixture<WebApp>
{
    private static int s_counter;

    private Task<BudgetScenario.Seeded> SeedAsync(decimal budget)
    {
        var code = $"BUD-{Interlocked.Increment(ref s_counter)}";
        return app.WithScopeAsync(services => BudgetScenario.SeedAsync(services, code, $"Imaging review {code}", budget, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(DemoStaff.Finance)]
    [InlineData(DemoStaff.ProgramManager)]
    [InlineData(DemoStaff.Admin)]
    public async Task Finance_program_managers_and_admins_see_the_budgets_page(string email)
    {
        var browser = await app.SharedBrowserAsync(email);

        var page = await browser.GetAsync("/finance/budgets");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("<h1>Budgets</h1>");
    }

    [Fact]
    public async Task Compliance_is_refused_the_budgets_page_and_sees_no_budget_panel()
    {
        var project = await SeedAsync(5_000m);
        var browser = await app.SharedBrowserAsync(DemoStaff.Compliance);

        var page = await browser.GetAsync("/finance/budgets");
        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldStartWith("/account/access-denied");

        var projectPage = await browser.GetAsync($"/projects/{project.ProjectId}");
        projectPage.Status.ShouldBe(HttpStatusCode.OK);
        projectPage.Markup.ShouldNotContain("budget-heading");
        projectPage.Markup.ShouldNotContain("4,400.00 USD");
    }

    [Fact]
    public async Task The_budgets_page_shows_a_projects_figures_and_the_80_percent_badge()
    {
        var project = await SeedAsync(5_000m);
        var browser = await app.SharedBrowserAsync(DemoStaff.Finance);

        var page = await browser.GetAsync("/finance/budgets");

        var row = Row(page.Markup, project.Code);
        row.ShouldContain($"href=\"/projects/{project.ProjectId}\"");
        row.ShouldContain("5,000.00 USD");
        row.ShouldContain("data-budget=\"billed\">0.00 USD");
        row.ShouldContain("4,400.00 USD");
        row.ShouldContain("88.0%");
        row.ShouldContain("data-budget=\"cost\">3,000.00 USD");
        row.ShouldContain("1,400.00 USD");
        row.ShouldContain("31.8%");
        row.ShouldContain("80% used");
        row.ShouldNotContain("Over budget");
    }

    [Fact]
    public async Task A_project_over_its_budget_is_listed_before_one_at_88_percent_with_the_over_budget_badge()
    {
        var near = await SeedAsync(5_000m);
        var over = await SeedAsync(4_000m);
        var browser = await app.SharedBrowserAsync(DemoStaff.Finance);

        var page = await browser.GetAsync("/finance/budgets");

        page.Markup.IndexOf($"data-project=\"{over.Code}\"", StringComparison.Ordinal)
            .ShouldBeLessThan(page.Markup.IndexOf($"data-project=\"{near.Code}\"", StringComparison.Ordinal));
        var row = Row(page.Markup, over.Code);
        row.ShouldContain("110.0%");
        row.ShouldContain("Over budget");
    }

    [Theory]
    [InlineData(DemoStaff.Finance)]
    [InlineData(DemoStaff.ProgramManager)]
    public async Task The_project_page_has_a_budget_panel_with_the_figures_the_warning_and_the_burn_chart(string email)
    {
        var project = await SeedAsync(5_000m);
        var browser = await app.SharedBrowserAsync(email);

        var page = await browser.GetAsync($"/projects/{project.ProjectId}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Markup.ShouldContain("id=\"budget-heading\"");
        page.Markup.ShouldContain("data-budget=\"unbilled\">4,400.00 USD");
        page.Markup.ShouldContain("data-budget=\"spent\">88.0%");
        page.Markup.ShouldContain("data-budget=\"cost\">3,000.00 USD");
        page.Markup.ShouldContain("data-budget=\"margin\">1,400.00 USD");
        page.Markup.ShouldContain($"Warning sent");
        page.Markup.ShouldContain(BudgetScenario.ProgramManagerEmail);
        page.Markup.ShouldContain("<svg class=\"burn-chart\"");
        page.Markup.ShouldContain("class=\"budget-line\"");
        page.Markup.ShouldContain("class=\"warn-line\"");
        page.Markup.ShouldContain("href=\"/finance/budgets\"");
    }

    private static string Row(string markup, string code)
    {
        var start = markup.IndexOf($"<tr data-project=\"{code}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"the budgets table should list {code}");
        return markup[start..markup.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
