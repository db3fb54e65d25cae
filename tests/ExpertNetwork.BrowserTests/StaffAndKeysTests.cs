using System.Text.RegularExpressions;
using ExpertNetwork.TestSupport;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

public sealed partial class StaffAndKeysTests(BrowserFixture fixture, SeparateApp app) : BrowserTest(fixture, app.BaseAddress), IClassFixture<SeparateApp>
{
    [Fact]
    public async Task An_admin_creates_an_api_key_that_is_shown_once_and_sets_up_two_factor_sign_in_with_the_qr_code()
    {
        await SignInAndExpectDashboardAsync(Admin, "Admin dashboard");

        await Page.GotoAsync("/admin");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Users and keys" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Users and keys", Level = 1 })).ToBeVisibleAsync();
        var users = Page.GetByRole(AriaRole.Table, new() { Name = "Staff users" });
        await Assertions.Expect(users.Locator("tr[data-user='pm@demo.local']")).ToContainTextAsync("Enabled");
        await Assertions.Expect(users.Locator("tr[data-user='admin@demo.local']")).ToContainTextAsync("you");

        var newKey = Page.GetByRole(AriaRole.Form, new() { Name = "New API key" });
        await newKey.GetByLabel("Name").FillAsync("warehouse sync");
        await newKey.GetByLabel("Role").SelectOptionAsync("Finance");
        await newKey.GetByLabel("Last day (optional)").FillAsync(DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await newKey.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();

        await Assertions.Expect(Page.Locator("[data-secret]")).ToContainTextAsync(new Regex("store it now\\): enk_"));
        var keys = Page.GetByRole(AriaRole.Table, new() { Name = "API keys" });
        await Assertions.Expect(keys.Locator("tr[data-key='warehouse sync']")).ToContainTextAsync("Active");
        await Assertions.Expect(keys.Locator("tr[data-key='warehouse sync']")).ToContainTextAsync("never");
        await Screenshots.SaveAsync(Page, "admin-users-and-keys.png");

        await Page.GetByRole(AriaRole.Link, new() { Name = Admin }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Img, new() { Name = "QR code for your authenticator app" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "two-factor-setup.png");

        var key = await Page.Locator("[data-shared-key]").InnerTextAsync();
        await Page.GetByLabel("Code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.List, new() { Name = "Recovery codes" }).Locator("li")).ToHaveCountAsync(10);
        await Assertions.Expect(Page.GetByText("Two-factor sign-in is on.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "two-factor-recovery-codes.png");
    }
}
