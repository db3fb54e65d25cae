using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

public sealed class CandidatesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_program_manager_reviews_ranked_candidates_shortlists_two_and_asks_why_an_expert_is_missing()
    {
        var (requestId, lawyer) = await WithAppAsync(async services =>
        {
            var db = services.GetRequiredService<ExpertNetworkDbContext>();
            var id = await db.StaffingRequests.Where(r => r.Title == "Hematologic oncology reviewers").Select(r => r.Id).SingleAsync();
            var law = db.Specialties.Where(s => s.Path.Contains("law")).Select(s => s.Id);
            var name = await db.Experts.Where(e => e.Specialties.Any(x => law.Contains(x.SpecialtyId))).OrderBy(e => e.FullName).Select(e => e.FullName).FirstAsync();
            return (id, name);
        });
        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");

        await Page.GotoAsync($"/staffing/{requestId}/candidates?pageSize=8");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Candidates for Hematologic oncology reviewers", Level = 1 })).ToBeVisibleAsync();
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "Ranked candidates" });
        var rows = table.Locator("tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("Time-zone overlap");
        var enabled = table.Locator("input[name=expertIds]:not([disabled])");
        await enabled.Nth(0).CheckAsync();
        await enabled.Nth(1).CheckAsync();
        await Assertions.Expect(table.Locator("input[name=expertIds]:checked")).ToHaveCountAsync(2);
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Send offers to the shortlisted" })).ToBeEnabledAsync();
        await Screenshots.SaveAsync(Page, "staffing-candidates.png");

        await Page.GetByLabel("Why is an expert not listed?").FillAsync(lawyer);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Why not?" }).ClickAsync();

        var answer = Page.GetByRole(AriaRole.Region, new() { Name = "Why not answers" });
        await Assertions.Expect(answer).ToContainTextAsync(lawyer);
        await Assertions.Expect(answer).ToContainTextAsync("Not in Breast oncology or Hematologic oncology or a specialty below it.");
        await answer.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(Page, "staffing-candidates-why-not.png");
    }
}
