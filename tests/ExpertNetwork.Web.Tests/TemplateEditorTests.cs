using System.Net;
using ExpertNetwork.Infrastructure.Templates;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

/// <summary>
/// The admin's template editor over HTTP. Tests that save use different templates, so they do not depend on each
/// other's versions in the shared demo database.
/// </summary>
public sealed class TemplateEditorTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task An_admin_sees_every_shipped_template_with_its_kind_and_version_under_the_admin_tabs()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Admin);

        var list = await browser.GetAsync("/admin/templates");

        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Navigation.ShouldContain("class=\"active\" href=\"/admin\"");
        list.Markup.ShouldContain("<a class=\"active\" href=\"/admin/templates\">");
        foreach (var template in TemplateCatalog.All)
            list.Markup.ShouldContain($"href=\"/admin/templates/{template.Name}\"");
        list.Text.ShouldContain("Document");
        list.Text.ShouldContain("never edited");
    }

    [Theory]
    [InlineData(DemoStaff.ProgramManager)]
    [InlineData(DemoStaff.Compliance)]
    [InlineData(DemoStaff.Finance)]
    public async Task Staff_who_are_not_admins_are_refused_the_editor_and_cannot_save(string email)
    {
        var browser = await app.SharedBrowserAsync(email);

        var list = await browser.GetAsync("/admin/templates");
        var editor = await browser.GetAsync("/admin/templates/emails/offer");
        var save = await browser.SubmitAsync("/dashboard", "/admin/templates/emails/offer", [new("text", "---\nsubject: x\nvariables: []\n---\nhi"), new("baseNumber", "0")]);

        list.Location.ShouldStartWith("/account/access-denied");
        editor.Location.ShouldStartWith("/account/access-denied");
        save.Location.ShouldStartWith("/account/access-denied");
        list.Navigation.ShouldNotContain("/admin/templates");
        (await (await app.SharedBrowserAsync(email)).GetAsync("/dashboard")).Navigation.ShouldNotContain("/admin/templates");
    }

    [Fact]
    public async Task Saving_without_the_antiforgery_token_is_refused_and_nothing_is_saved()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Admin);
        var text = (await EditorTextAsync(browser, TemplateCatalog.Names.SprintReminderEmail)) + "\nChanged.\n";

        var save = await browser.PostAsync("/admin/templates/emails/sprint-reminder", [new("text", text), new("baseNumber", "0")]);

        save.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.GetAsync("/admin/templates")).Markup.ShouldContain("data-version=\"emails/sprint-reminder\">0");
    }

    [Fact]
    public async Task A_template_with_errors_is_not_saved_and_the_page_shows_the_errors_with_their_lines_and_keeps_the_admins_text()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Admin);
        var text = (await EditorTextAsync(browser, TemplateCatalog.Names.TimesheetReminderEmail))
            .Replace("Dear {{expert.name}},", "Dear {{expert.nickname}}, {{#if period.start}}", StringComparison.Ordinal);

        var save = await browser.SubmitAsync("/admin/templates/emails/timesheet-reminder", "/admin/templates/emails/timesheet-reminder", [new("text", text), new("baseNumber", "0")]);

        save.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        save.Text.ShouldContain("Nothing was saved.");
        save.Text.ShouldContain("Syntax error");
        save.Text.ShouldContain("{{#if period.start}}");
        var unknown = text.Replace("{{#if period.start}}", string.Empty, StringComparison.Ordinal);
        var second = await browser.SubmitAsync("/admin/templates/emails/timesheet-reminder", "/admin/templates/emails/timesheet-reminder", [new("text", unknown), new("baseNumber", "0")]);
        second.Text.ShouldContain("Line 5: unknown variable 'expert.nickname'");
        second.Text.ShouldContain("5 | Dear {{expert.nickname}},");
        TextareaOf(second).ShouldBe(unknown);
        (await browser.GetAsync("/admin/templates")).Markup.ShouldContain("data-version=\"emails/timesheet-reminder\">0");
    }

    [Fact]
    public async Task Preview_renders_the_edited_text_with_sample_data_escapes_the_hostile_client_name_and_saves_nothing()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Admin);
        var text = (await EditorTextAsync(browser, TemplateCatalog.Names.OfferEmail)).Replace("We would like to offer you", "We are delighted to offer you", StringComparison.Ordinal);

        var preview = await browser.SubmitAsync("/admin/templates/emails/offer", "/admin/templates/emails/offer/preview", [new("text", text), new("baseNumber", "0")]);

        preview.Status.ShouldBe(HttpStatusCode.OK);
        preview.Text.ShouldContain("We are delighted to offer you an engagement on");
        preview.Text.ShouldContain("Engagement offer: Robotic-assisted knee replacement review");
        preview.Text.ShouldContain("Dear Dr Zofia Łukasiewicz,");
        preview.Markup.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        preview.Markup.ShouldNotContain("<script");
        (await browser.GetAsync("/admin/templates")).Markup.ShouldContain("data-version=\"emails/offer\">0");
    }

    [Fact]
    public async Task A_document_preview_downloads_as_a_pdf()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Admin);
        var text = await EditorTextAsync(browser, TemplateCatalog.Names.ContractDocument);

        var pdf = await browser.SubmitAsync("/admin/templates/documents/contract", "/admin/templates/documents/contract/preview.pdf", [new("text", text), new("baseNumber", "0")]);

        pdf.Status.ShouldBe(HttpStatusCode.OK);
        pdf.ContentType.ShouldBe("application/pdf");
        pdf.Markup.ShouldStartWith("%PDF-");
    }

    [Fact]
    public async Task A_saved_edit_is_listed_as_version_1_and_a_save_from_a_stale_editor_is_refused_with_a_clear_message()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Admin);
        var shipped = await EditorTextAsync(browser, TemplateCatalog.Names.NdaRequestEmail);

        var save = await browser.SubmitAsync("/admin/templates/emails/nda-request", "/admin/templates/emails/nda-request",
            [new("text", shipped.Replace("Kind regards,", "Best wishes,", StringComparison.Ordinal)), new("baseNumber", "0"), new("note", "Warmer sign-off")]);
        var editor = await browser.GetAsync("/admin/templates/emails/nda-request");
        // An editor opened before that save still posts base version 0.
        var stale = await browser.SubmitAsync("/admin/templates/emails/nda-request", "/admin/templates/emails/nda-request",
            [new("text", shipped.Replace("Kind regards,", "Cheers,", StringComparison.Ordinal)), new("baseNumber", "0")]);

        save.Status.ShouldBe(HttpStatusCode.Redirect);
        save.Location.ShouldBe("/admin/templates/emails/nda-request");
        editor.Text.ShouldContain("Version 1 is saved and in force from now on.");
        editor.Text.ShouldContain("Warmer sign-off");
        editor.Text.ShouldContain(DemoStaff.Admin);
        stale.Status.ShouldBe(HttpStatusCode.Conflict);
        stale.Text.ShouldContain("Someone else saved version 1 of this template");
        stale.Text.ShouldContain("Cheers,");
        var version = await browser.GetAsync("/admin/templates/emails/nda-request/versions/1");
        version.Status.ShouldBe(HttpStatusCode.OK);
        version.Text.ShouldContain("Best wishes,");
        (await browser.GetAsync("/admin/templates")).Markup.ShouldContain("data-version=\"emails/nda-request\">1");
    }

    [Theory]
    [InlineData("/admin/templates/emails/nope")]
    [InlineData("/admin/templates/EMAILS/offer")]
    [InlineData("/admin/templates/emails/offer/versions/99")]
    [InlineData("/admin/templates/documents/nope/versions/0")]
    public async Task An_unknown_template_or_version_shows_not_found_instead_of_an_error(string url)
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Admin);

        var page = await browser.GetAsync(url);

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text.ShouldContain("was not found.");
    }

    [Fact]
    public async Task Posting_to_an_unknown_template_shows_not_found_instead_of_an_error()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Admin);

        var save = await browser.SubmitAsync("/admin/templates", "/admin/templates/emails/nope", [new("text", "x"), new("baseNumber", "0")]);
        var restore = await browser.SubmitAsync("/admin/templates", "/admin/templates/emails/nope/restore", [new("number", "0"), new("baseNumber", "0")]);

        save.Status.ShouldBe(HttpStatusCode.NotFound);
        restore.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<string> EditorTextAsync(Browser browser, string key)
    {
        var editor = await browser.GetAsync("/admin/templates/" + key);
        editor.Status.ShouldBe(HttpStatusCode.OK);
        return TextareaOf(editor);
    }

    /// <summary>The text in the editor's text area, as the browser would submit it.</summary>
    private static string TextareaOf(HtmlPage page)
    {
        var start = page.Markup.IndexOf("name=\"text\"", StringComparison.Ordinal);
        var open = page.Markup.IndexOf('>', start) + 1;
        var close = page.Markup.IndexOf("</textarea>", open, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(page.Markup[open..close]).ReplaceLineEndings("\n");
    }
}
