using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

public sealed partial class DevMailboxTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_admin_sends_a_test_message_reads_it_in_the_dev_mailbox_and_follows_its_link()
    {
        await SignInAndExpectDashboardAsync(Admin, "Admin dashboard");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Level = 1 })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "admin-overview.png");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Mail", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mail", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("Send a test message to")).ToHaveValueAsync(Admin);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send test message" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"A test message to {Admin} is queued");

        // The dispatcher runs every second in tests; the mailbox page shows what the pickup folder holds when loaded.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Dev mailbox" }).ClickAsync();
        var message = Page.GetByRole(AriaRole.Link, new() { Name = "ExpertNetwork test message" }).First;
        for (var attempt = 0; attempt < 60 && await message.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await Page.ReloadAsync();
        }
        await Assertions.Expect(message).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "dev-mailbox.png");

        await message.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "ExpertNetwork test message", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("If you can read it, outgoing mail works.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "dev-mailbox-message.png");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Open ExpertNetwork" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(DashboardUrl());

        // The admin's mail page now counts the message as sent.
        await Page.GotoAsync("/admin/mail");
        await Assertions.Expect(Page.Locator("[data-stat=mail-sent]")).ToHaveTextAsync(PositiveNumber());
        await Screenshots.SaveAsync(Page, "admin-mail.png");
        await Page.GotoAsync("/admin/jobs");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Jobs" }).GetByText("outbox-dispatch")).ToBeVisibleAsync();
        // The running scheduler is found (its name and the next run are shown), not reported as switched off.
        await Assertions.Expect(Page.GetByText("switched off")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByText("Scheduler ExpertNetwork")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "admin-jobs.png");
    }

    [GeneratedRegex(@"^[1-9]\d*$")]
    private static partial Regex PositiveNumber();
}
