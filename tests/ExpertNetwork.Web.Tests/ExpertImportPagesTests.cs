using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed partial class ExpertImportPagesTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Header = "email,full_name,phone,country,time_zone,languages,specialties,years_experience,weekly_capacity_hours\n";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DemoStaff.Finance)]
    [InlineData(DemoStaff.ProgramManager)]
    public async Task Staff_outside_compliance_and_admin_are_refused_the_import(string email)
    {
        var browser = await app.SharedBrowserAsync(email);

        var page = await browser.GetAsync("/experts/import");

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location.ShouldBe("/account/access-denied?ReturnUrl=%2Fexperts%2Fimport");
    }

    [Fact]
    public async Task Finance_is_refused_the_export_and_an_experts_personal_data()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Finance);
        var (expertId, _) = await app.ExpertWithFullRecordAsync();

        (await browser.GetAsync("/experts/export.csv")).Location.ShouldBe("/account/access-denied?ReturnUrl=%2Fexperts%2Fexport.csv");
        (await browser.GetAsync($"/experts/{expertId}/personal-data.json")).Location!.ShouldStartWith("/account/access-denied");
    }

    [Fact]
    public async Task A_program_manager_may_export_the_list_but_not_an_experts_personal_data()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var (expertId, _) = await app.ExpertWithFullRecordAsync();

        var list = await browser.GetAsync("/experts?country=DE");
        var export = await browser.Client.GetAsync("/experts/export.csv?country=DE", Cancellation);
        var personal = await browser.GetAsync($"/experts/{expertId}/personal-data.json");

        list.Text.ShouldContain("href=\"/experts/export.csv?country=DE\"");
        list.Text.ShouldNotContain("Import CSV");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        export.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var lines = (await export.Content.ReadAsStringAsync(Cancellation)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].TrimStart('\uFEFF').ShouldStartWith("email,full_name,phone,country,");
        lines.Skip(1).ShouldAllBe(l => l.Contains(",DE,", StringComparison.Ordinal));
        personal.Location!.ShouldStartWith("/account/access-denied");
    }

    [Fact]
    public async Task The_template_is_a_csv_with_the_import_columns()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Compliance);

        var template = await browser.Client.GetAsync("/experts/import/template.csv", Cancellation);

        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await template.Content.ReadAsStringAsync(Cancellation)).ShouldStartWith("email,full_name,phone,country,time_zone,languages,specialties,");
    }

    [Fact]
    public async Task Uploading_without_the_antiforgery_token_is_refused()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Compliance);

        using var form = new MultipartFormDataContent { { File(Header + "x@example.org,X,,DE,Europe/Berlin,en,oncology,3,10\n"), "file", "experts.csv" } };
        var response = await browser.Client.PostAsync("/experts/import/preview", form, Cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("workbook.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }, "This is an Excel workbook or another zip file, not CSV.")]
    [InlineData("empty.csv", new byte[0], "The file is empty. It needs a header row and at least one expert.")]
    [InlineData("latin1.csv", new byte[] { 0x65, 0x6D, 0x61, 0x69, 0x6C, 0x0A, 0x4A, 0xFC, 0x72, 0x67, 0x65, 0x6E, 0x0A }, "The file is not UTF-8 text: byte 8 (line 2) is not valid UTF-8")]
    public async Task An_unreadable_upload_gets_a_clear_message_and_changes_nothing(string fileName, byte[] content, string message)
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Compliance);

        var page = await UploadAsync(browser, fileName, content);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text.ShouldContain(message);
        page.Text.ShouldContain("<h1>Import experts from CSV</h1>");
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused_with_a_clear_message()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Compliance);
        var huge = Encoding.UTF8.GetBytes(Header + new string('x', 6 * 1024 * 1024));

        var page = await UploadAsync(browser, "huge.csv", huge);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Text.ShouldContain("The file is 6 MB; at most 5 MB can be imported at once. Split it into smaller files.");
    }

    [Fact]
    public async Task A_mixed_file_is_previewed_row_by_row_and_confirming_imports_the_valid_rows()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Compliance);
        var csv = Header
            + "web.import.one@example.org,Olga Import,+48 1,PL,Europe/Warsaw,pl;en,medicine/oncology,11,20\n"
            + "web.import.two@example.org,Piotr Import,,Poland,Europe/Warsaw,pl,cardiology,7,10\n";

        var preview = await UploadAsync(browser, "experts.csv", Encoding.UTF8.GetBytes(csv));

        preview.Status.ShouldBe(HttpStatusCode.OK);
        preview.Text.ShouldContain("Row 3, column country: The country must be a two-letter ISO code such as DE or US.");
        preview.Text.ShouldContain("Import 1 row");
        var token = TokenInput().Match(preview.Markup).Groups["token"].Value;
        token.ShouldNotBeEmpty();

        var result = await browser.PostAsync("/experts/import/confirm", [new("token", WebUtility.HtmlDecode(token)), new("__RequestVerificationToken", preview.AntiforgeryToken)]);

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.Text.ShouldContain("1 row created, 0 updated, 0 unchanged and 1 rejected.");
        result.Text.ShouldContain("Row 3, column country");
        var list = await browser.GetAsync("/experts?q=web.import");
        list.ExpertRows.Select(r => r.Name).ShouldBe(["Olga Import"]);

        var again = await browser.PostAsync("/experts/import/confirm", [new("token", WebUtility.HtmlDecode(token)), new("__RequestVerificationToken", preview.AntiforgeryToken)]);
        again.Status.ShouldBe(HttpStatusCode.BadRequest);
        again.Text.ShouldContain("This upload is no longer waiting to be imported");
    }

    [Fact]
    public async Task A_tampered_confirmation_token_is_refused()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Compliance);
        var form = await browser.GetAsync("/experts/import");

        var result = await browser.PostAsync("/experts/import/confirm", [new("token", "CfDJ8-forged"), new("__RequestVerificationToken", form.AntiforgeryToken)]);

        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.Text.ShouldContain("This preview has expired");
    }

    [Fact]
    public async Task Compliance_downloads_an_experts_personal_data_and_erases_it_with_a_typed_confirmation()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.Compliance);
        var preview = await UploadAsync(browser, "one.csv", Encoding.UTF8.GetBytes(Header + "erase.me@example.org,Erin Erasable,+44 20 1,GB,Europe/London,en,oncology,4,8\n"));
        var token = WebUtility.HtmlDecode(TokenInput().Match(preview.Markup).Groups["token"].Value);
        await browser.PostAsync("/experts/import/confirm", [new("token", token), new("__RequestVerificationToken", preview.AntiforgeryToken)]);
        var id = (await browser.GetAsync("/experts?q=erase.me")).ExpertRows.Single().Id;

        var profile = await browser.GetAsync($"/experts/{id}");
        var json = await browser.Client.GetAsync($"/experts/{id}/personal-data.json", Cancellation);
        var wrongName = await browser.SubmitAsync($"/experts/{id}/erase", $"/experts/{id}/erase", [new("typedName", "Erin"), new("reason", "Request by email")]);
        var noToken = await browser.PostAsync($"/experts/{id}/erase", [new("typedName", "Erin Erasable"), new("reason", "Request by email")]);
        var erased = await browser.SubmitAsync($"/experts/{id}/erase", $"/experts/{id}/erase", [new("typedName", "erin erasable"), new("reason", "Request by email")]);
        var after = await browser.GetAsync($"/experts/{id}");

        profile.Text.ShouldContain("Export personal data (JSON)");
        json.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var body = await json.Content.ReadAsStringAsync(Cancellation);
        body.ShouldContain("\"Email\": \"erase.me@example.org\"");
        body.ShouldContain("\"AuditEvents\"");
        wrongName.Status.ShouldBe(HttpStatusCode.Conflict);
        wrongName.Text.ShouldContain("Type the expert's full name, Erin Erasable, exactly as shown to confirm the erasure.");
        noToken.Status.ShouldBe(HttpStatusCode.BadRequest);
        erased.Status.ShouldBe(HttpStatusCode.Redirect);
        erased.Location.ShouldBe($"/experts/{id}");
        after.Text.ShouldContain($"Erased expert {id.ToString("N")[..8].ToUpperInvariant()}");
        after.Text.ShouldNotContain("erase.me@example.org");
        after.Text.ShouldContain("Archived since");
        after.Text.ShouldNotContain($"href=\"/experts/{id}/erase\"");
    }

    private static async Task<HtmlPage> UploadAsync(Browser browser, string fileName, byte[] content)
    {
        var form = await browser.GetAsync("/experts/import");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.AntiforgeryToken), "__RequestVerificationToken" },
            { File(content), "file", fileName },
        };
        return await HtmlPage.ReadAsync(await browser.Client.PostAsync("/experts/import/preview", body, Cancellation), Cancellation);
    }

    private static ByteArrayContent File(string text) => File(Encoding.UTF8.GetBytes(text));

    private static ByteArrayContent File(byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return file;
    }

    [GeneratedRegex("""<input type="hidden" name="token" value="(?<token>[^"]+)"\s*/>""")]
    private static partial Regex TokenInput();
}
