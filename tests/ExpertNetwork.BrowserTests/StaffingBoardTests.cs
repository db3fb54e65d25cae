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

    [Fact]
    public async Task A_program_manager_states_a_need_once_and_the_request_appears_on_the_board()
    {
        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");
        await Page.GotoAsync("/staffing");
        await Page.GetByRole(AriaRole.Link, new() { Name = "New staffing request" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "New staffing request", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByLabel("Project").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByLabel("Title").FillAsync("Thoracic oncology raters");
        await Page.GetByLabel("Specialty (includes everything below it)").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByLabel("Activity").SelectOptionAsync("Review");
        await Page.GetByLabel("Seats").FillAsync("6");
        await Page.GetByLabel("Hours per week, each").FillAsync("10");
        await Page.GetByLabel("Last day").FillAsync("2027-06-30");
        await Page.GetByLabel("Maximum hourly pay rate").FillAsync("160");
        await Page.GetByLabel("Medical license").CheckAsync();
        await Screenshots.SaveAsync(Page, "staffing-request-new.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Open the request" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The request \"Thoracic oncology raters\" is open.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thoracic oncology raters", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("0 of 6 seats filled")).ToBeVisibleAsync();
        await Page.GotoAsync("/staffing");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Staffing requests" }).GetByText("Thoracic oncology raters")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_program_manager_follows_a_request_and_withdraws_an_offer_with_a_reason()
    {
        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Offers by project" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "dashboard-staffing.png");

        await Page.GotoAsync("/staffing");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hematologic oncology reviewers" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Hematologic oncology reviewers", Level = 1 })).ToBeVisibleAsync();
        var engagements = Page.GetByRole(AriaRole.Table, new() { Name = "Engagements" });
        await Assertions.Expect(engagements).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "staffing-request-detail.png");

        var offered = engagements.Locator("tbody tr").Filter(new() { HasText = "Offered" }).First;
        var expert = await offered.Locator("td").First.Locator("a").InnerTextAsync();
        await offered.GetByText("Withdraw…").ClickAsync();
        await offered.GetByLabel("Why is the offer withdrawn?").FillAsync("The client reduced the panel to five reviewers.");
        await Screenshots.SaveAsync(Page, "staffing-withdraw-offer.png");
        await offered.GetByRole(AriaRole.Button, new() { Name = "Withdraw offer" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The offer is withdrawn.");
        var row = Page.GetByRole(AriaRole.Table, new() { Name = "Engagements" }).Locator("tbody tr").Filter(new() { HasText = expert });
        await Assertions.Expect(row).ToContainTextAsync("Withdrawn");
        await Assertions.Expect(row).ToContainTextAsync("The client reduced the panel to five reviewers.");

        await Page.Locator(".crumbs a").Nth(1).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Staffing", Level = 2 })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Staffing", Level = 2 }).ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(Page, "project-staffing.png");
    }
}
