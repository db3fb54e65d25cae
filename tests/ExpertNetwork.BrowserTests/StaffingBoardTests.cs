using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

public sealed class StaffingBoardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_program_manager_opens_the_staffing_board_and_sees_each_request_with_its_fill_progress()
    {
        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Staffing", Exact = true }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Staffing board", Level = 1 })).ToBeVisibleAsync();
        var requests = Page.GetByRole(AriaRole.Table, new() { Name = "Staffing requests" });
        await Assertions.Expect(requests.Locator("tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(requests.Locator("tbody tr").First.GetByRole(AriaRole.Img)).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex(@"^\d+ of \d+ seats filled$"));
        await Screenshots.SaveAsync(Page, "staffing-board.png");

        await Page.GetByRole(AriaRole.Link, new() { Name = "All", Exact = true }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staffing\\?status=all$"));
    }
}
