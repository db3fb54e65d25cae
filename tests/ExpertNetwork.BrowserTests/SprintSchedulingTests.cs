using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

/// <summary>Runs against an app of its own: it schedules sprints, and other tests add engagements to the demo project it counts.</summary>
public sealed partial class SprintSchedulingTests(BrowserFixture fixture, SeparateApp app) : BrowserTest(fixture, app.BaseAddress), IClassFixture<SeparateApp>
{
    [Fact]
    public async Task A_program_manager_schedules_a_sprint_from_the_project_and_its_experts_get_calendar_invitations()
    {
        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");
        await Page.GotoAsync("/projects");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Oncology reasoning evaluation" }).First.ClickAsync();
        var sprints = Page.GetByRole(AriaRole.Region, new() { Name = "Sprints" });
        await sprints.GetByRole(AriaRole.Link, new() { Name = "Schedule a sprint" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Schedule a sprint", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Starts on (America/New_York)")).ToBeVisibleAsync();
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        await Page.GetByLabel("Name").FillAsync("Tumour board case review");
        await Page.GetByLabel("Guidelines link (optional)").FillAsync("https://docs.example.com/oncology/guidelines");
        await Page.GetByLabel("Starts on (America/New_York)").FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("Ends on (America/New_York)").FillAsync(start.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("Target hours (all experts together)").FillAsync("24");
        var rows = Page.GetByRole(AriaRole.Table, new() { Name = "Participants" }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(5);
        for (var n = 0; n < 3; n++)
        {
            await rows.Nth(n).GetByRole(AriaRole.Checkbox).CheckAsync();
            await rows.Nth(n).GetByRole(AriaRole.Spinbutton).FillAsync((n + 2).ToString(CultureInfo.InvariantCulture));
        }
        await Screenshots.SaveAsync(Page, "sprint-schedule.png");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tumour board case review is scheduled.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tumour board case review", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Committed, logged and approved hours per expert" })).ToBeVisibleAsync();
        var participants = Page.GetByRole(AriaRole.Table, new() { Name = "Participants" }).Locator("tbody tr");
        await Assertions.Expect(participants).ToHaveCountAsync(3);

        // The sweep runs every few seconds in tests: the page then says the invitations went out.
        for (var attempt = 0; attempt < 80 && await Page.GetByText("Invitation sent").CountAsync() < 3; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await Page.ReloadAsync();
        }
        await Assertions.Expect(Page.GetByText("Invitation sent")).ToHaveCountAsync(3);
        await Screenshots.SaveAsync(Page, "sprint-view.png");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Sprints", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Sprints" }).GetByText("Tumour board case review")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "sprints-list.png");

        // An expert follows the invitation from the dev mailbox: its portal link signs them in (after Continue) and the
        // portal lists the sprint in their own time zone.
        await Page.GotoAsync("/dev/mailbox");
        var invitation = Page.GetByRole(AriaRole.Link, new() { Name = "Invitation: Tumour board case review" });
        for (var attempt = 0; attempt < 60 && await invitation.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await Page.ReloadAsync();
        }
        await invitation.First.ClickAsync();
        var greeting = await Page.GetByText(new System.Text.RegularExpressions.Regex("^Dear .+,$")).First.InnerTextAsync();
        var expertName = greeting["Dear ".Length..^1];
        var portalLink = new Uri((await Page.GetByRole(AriaRole.Link, new() { Name = "open your portal" }).GetAttributeAsync("href")).ShouldNotBeNull());
        portalLink.AbsolutePath.ShouldStartWith("/portal/link/");
        var phone = await NewPersonAsync(390, 844, mobile: true);
        try
        {
            await phone.GotoAsync(portalLink.PathAndQuery);
            await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = $"Hello, {expertName}", Level = 1 })).ToBeVisibleAsync();
            var mySprints = phone.Locator("section[aria-labelledby=sprints]");
            await Assertions.Expect(mySprints).ToContainTextAsync("Tumour board case review");
            await Assertions.Expect(mySprints.GetByRole(AriaRole.Link, new() { Name = "Add to calendar (.ics)" })).ToBeVisibleAsync();
            await mySprints.ScrollIntoViewIfNeededAsync();
            await Screenshots.SaveAsync(phone, "portal-sprint-from-invitation-phone.png");
        }
        finally
        {
            await phone.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_expert_over_their_weekly_capacity_is_named_and_nothing_is_scheduled()
    {
        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");
        await Page.GotoAsync("/sprints/new");
        await Page.GetByRole(AriaRole.Combobox, new() { Name = "Project" }).SelectOptionAsync(new SelectOptionValue { Label = "Northwind Bio AI · Oncology reasoning evaluation (America/New_York)" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Page.GetByLabel("Name").FillAsync("Overbooked sprint");
        var row = Page.GetByRole(AriaRole.Table, new() { Name = "Participants" }).Locator("tbody tr").Nth(4);
        var expert = (await row.Locator("label").InnerTextAsync()).Trim();
        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await row.GetByRole(AriaRole.Spinbutton).FillAsync("60");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(new Regex($"^{Regex.Escape(expert)} can give [0-9.]+ h a week, but Overbooked sprint would need 60 h a week from them"));
        await Screenshots.SaveAsync(Page, "sprint-capacity-refused.png");
        await Page.GotoAsync("/sprints?status=all");
        await Assertions.Expect(Page.GetByText("Overbooked sprint")).ToHaveCountAsync(0);
    }
}
