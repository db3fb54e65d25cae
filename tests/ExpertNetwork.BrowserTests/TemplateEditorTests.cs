using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

public sealed partial class TemplateEditorTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_admin_fixes_a_refused_edit_previews_it_saves_it_and_receives_the_new_text_in_a_test_email()
    {
        await SignInAndExpectDashboardAsync(Admin, "Admin dashboard");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Templates", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Templates", Level = 1 })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "admin-templates.png");

        await Page.GetByRole(AriaRole.Link, new() { Name = "emails/offer", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "emails/offer", Level = 1 })).ToBeVisibleAsync();
        var editor = Page.GetByLabel("Template (front matter, then Handlebars producing Markdown)");
        var shipped = await editor.InputValueAsync();

        // A variable the offer does not have: refused, with the line, and the text stays in the editor.
        var mistaken = shipped.Replace("Dear {{expert.name}},", "Dear {{expert.firstName}},", StringComparison.Ordinal);
        await editor.FillAsync(mistaken);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as version 1" }).ClickAsync();
        var problems = Page.GetByRole(AriaRole.Alert, new() { Name = "Problems" });
        await Assertions.Expect(problems).ToContainTextAsync("Nothing was saved.");
        await Assertions.Expect(problems).ToContainTextAsync("Line 5: unknown variable 'expert.firstName'");
        await Assertions.Expect(editor).ToHaveValueAsync(mistaken);
        await Screenshots.SaveAsync(Page, "admin-template-error.png");

        // Fixed and reworded: the preview shows it with sample data, the hostile client name as plain text.
        var reworded = shipped.Replace("We would like to offer you", "We are delighted to offer you", StringComparison.Ordinal);
        await editor.FillAsync(reworded);
        await Page.GetByLabel("Change note (optional)").FillAsync("Warmer opening line");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = Page.GetByRole(AriaRole.Region, new() { Name = "Preview" });
        await Assertions.Expect(preview.Locator("[data-preview=subject]")).ToHaveTextAsync("Engagement offer: Robotic-assisted knee replacement review");
        await Assertions.Expect(preview.Locator("[data-preview=html]")).ToContainTextAsync("We are delighted to offer you an engagement on");
        await Assertions.Expect(preview.Locator("[data-preview=html]")).ToContainTextAsync("Müller MedTech GmbH <script>alert(1)</script>");
        await Assertions.Expect(preview.Locator("[data-preview=text]")).ToContainTextAsync("Dear Dr Zofia Łukasiewicz,");
        (await Page.Locator("main script").CountAsync()).ShouldBe(0);
        await Assertions.Expect(Page.GetByText("Unsaved changes")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "admin-template-preview.png");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as version 1" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Version 1 is saved and in force from now on.");
        var history = Page.GetByRole(AriaRole.Table, new() { Name = "History" });
        await Assertions.Expect(history).ToContainTextAsync("Warmer opening line");
        await Assertions.Expect(history).ToContainTextAsync(Admin);

        // The saved version is what mail uses now.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send test email" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"A test message to {Admin} is queued");
        await Screenshots.SaveAsync(Page, "admin-template-saved.png");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Dev mailbox" }).ClickAsync();
        var message = Page.GetByRole(AriaRole.Link, new() { NameRegex = TestOfferSubject() }).First;
        for (var attempt = 0; attempt < 60 && await message.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await Page.ReloadAsync();
        }
        await message.ClickAsync();
        await Assertions.Expect(Page.GetByText("We are delighted to offer you an engagement on", new() { Exact = false }).First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "admin-template-test-mail.png");
    }

    [GeneratedRegex(@"^\[Test\] Engagement offer")]
    private static partial Regex TestOfferSubject();
}
