using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

public sealed partial class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_program_manager_signs_in_and_sees_the_open_staffing_requests_with_their_fill_progress()
    {
        await SignInAsync(ProgramManager, screenshot: "login.png");

        await Assertions.Expect(Page).ToHaveURLAsync(DashboardUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Program manager dashboard", Level = 1 })).ToBeVisibleAsync();
        var requests = Page.GetByRole(AriaRole.Table, new() { Name = "Open staffing requests" });
        await Assertions.Expect(requests).ToBeVisibleAsync();
        await Assertions.Expect(requests.GetByRole(AriaRole.Columnheader, new() { Name = "Seats filled" })).ToBeVisibleAsync();
        var firstProgress = requests.GetByRole(AriaRole.Img, new() { NameRegex = SeatsFilled() }).First;
        await Assertions.Expect(firstProgress).ToBeVisibleAsync();
        await Assertions.Expect(firstProgress.Locator(".bar")).ToHaveClassAsync(ProgressBarClass());
        (await requests.Locator("tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await requests.GetByRole(AriaRole.Img, new() { NameRegex = SeatsFilled() }).CountAsync())
            .ShouldBe(await requests.Locator("tbody tr").CountAsync(), "every open request shows how many seats are filled");
        await Assertions.Expect(Page.Locator("[data-stat=open-requests]")).ToHaveTextAsync(PositiveNumber());

        await Screenshots.SaveAsync(Page, "pm-dashboard.png");
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_user_on_the_sign_in_page_with_an_error_message()
    {
        await SignInAsync(FinanceOfficer, password: "not-the-password");

        await Assertions.Expect(Page).ToHaveURLAsync(LoginUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That email and password do not match an account.");
        await Assertions.Expect(Page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync(FinanceOfficer);
        await Assertions.Expect(Page.GetByLabel("Password", new() { Exact = true })).ToBeEmptyAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(0);

        await Screenshots.SaveAsync(Page, "login-error.png");
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_the_dashboard_then_asks_to_sign_in_again()
    {
        await SignInAndExpectDashboardAsync(Admin, "Admin dashboard");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(LoginUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);

        await Page.GotoAsync("/dashboard");

        await Assertions.Expect(Page).ToHaveURLAsync(DashboardReturnUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"^\d+ of \d+ seats filled$")]
    private static partial Regex SeatsFilled();

    [GeneratedRegex(@"\bpct-\d+\b")]
    private static partial Regex ProgressBarClass();

    [GeneratedRegex(@"^[1-9]\d*$")]
    private static partial Regex PositiveNumber();

    [GeneratedRegex(@"/account/login\?ReturnUrl=%2Fdashboard$", RegexOptions.IgnoreCase)]
    private static partial Regex DashboardReturnUrl();
}
