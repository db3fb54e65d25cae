using System.Net;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed class StaffingBoardPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData(DemoStaff.ProgramManager)]
    [InlineData(DemoStaff.Admin)]
    public async Task Program_managers_and_admins_see_the_open_requests_with_their_progress(string email)
    {
        using var browser = await app.SignedInAsync(email);

        var page = await browser.GetAsync("/staffing");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("<h1>Staffing board</h1>");
        page.Text.ShouldContain("aria-label=\"Staffing requests\"");
        page.Text.ShouldContain("seats filled");
        page.Text.ShouldContain("href=\"/staffing\"");
    }

    [Theory]
    [InlineData("/staffing?status=Filled")]
    [InlineData("/staffing?status=closed")]
    [InlineData("/staffing?status=all")]
    public async Task Every_status_tab_opens(string url)
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);

        var page = await browser.GetAsync(url);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldNotContain("is not a request status");
    }

    [Theory]
    [InlineData("Pending")]
    [InlineData("7")]
    public async Task An_unknown_status_is_explained_and_the_open_requests_are_shown(string status)
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);

        var page = await browser.GetAsync($"/staffing?status={status}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain($"'{status}' is not a request status; showing open requests.");
    }

    [Theory]
    [InlineData(DemoStaff.Compliance)]
    [InlineData(DemoStaff.Finance)]
    public async Task Other_roles_are_refused_the_board(string email)
    {
        using var browser = await app.SignedInAsync(email);

        var page = await browser.GetAsync("/staffing");

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldStartWith("/account/access-denied");
    }

    private static List<KeyValuePair<string, string>> RequestFields(string projectId, string specialtyId, string title) =>
    [
        new("Input.ProjectId", projectId), new("Input.Title", title), new("Input.SpecialtyId", specialtyId),
        new("Input.Activity", "Review"), new("Input.Seats", "3"), new("Input.HoursPerWeek", "8"),
        new("Input.StartsOn", "2027-02-01"), new("Input.EndsOn", "2027-03-15"), new("Input.MaxHourlyPayRate", "150"),
        new("Input.Currency", "EUR"), new("Input.Languages", "en"), new("Input.OfferResponseHours", "72"), new("Input.WaveSize", "5"),
        new("Input.AutoBackfill", "true"), new("Input.RequiredCredentialKinds", "MedicalLicense"),
    ];

    private static string FirstOptionValue(HtmlPage page, string selectName)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page.Markup, $"name=\"{System.Text.RegularExpressions.Regex.Escape(selectName)}\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"([0-9a-f-]{{36}})\"");
        match.Success.ShouldBeTrue($"the form offers a choice for {selectName}");
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task A_program_manager_opens_a_request_from_the_form_and_finds_it_on_the_board()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var form = await browser.GetAsync("/staffing/new");
        form.Status.ShouldBe(HttpStatusCode.OK);

        var created = await browser.SubmitAsync("/staffing/new", "/staffing/new",
            RequestFields(FirstOptionValue(form, "Input.ProjectId"), FirstOptionValue(form, "Input.SpecialtyId"), "Oncology second opinions"));

        created.Status.ShouldBe(HttpStatusCode.Redirect);
        created.Location!.ShouldStartWith("/staffing/");
        var detail = await browser.GetAsync(created.Location);
        detail.Text.ShouldContain("The request \"Oncology second opinions\" is open.");
        detail.Text.ShouldContain("0 of 3 seats filled");
        (await browser.GetAsync("/staffing")).Markup.ShouldContain($"href=\"{created.Location}\"");
    }

    [Fact]
    public async Task A_form_with_missing_and_impossible_values_names_each_and_opens_nothing()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var form = await browser.GetAsync("/staffing/new");
        var fields = RequestFields(FirstOptionValue(form, "Input.ProjectId"), FirstOptionValue(form, "Input.SpecialtyId"), "");
        fields.RemoveAll(f => f.Key is "Input.Seats" or "Input.Currency");
        fields.Add(new("Input.Seats", "0"));
        fields.Add(new("Input.Currency", "euro"));

        var refused = await browser.SubmitAsync("/staffing/new", "/staffing/new", fields);

        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Text.ShouldContain("Give the request a title");
        refused.Text.ShouldContain("Seats must be between 1 and 500.");
        refused.Text.ShouldContain("The currency must be a three-letter ISO code");
        (await browser.GetAsync("/staffing")).Text.ShouldNotContain("is open.");
    }

    [Fact]
    public async Task A_garbled_subspecialty_is_named_and_opens_nothing()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var form = await browser.GetAsync("/staffing/new");
        form.Text.ShouldContain("Narrow to subspecialties");
        var fields = RequestFields(FirstOptionValue(form, "Input.ProjectId"), FirstOptionValue(form, "Input.SpecialtyId"), "Garbled narrowing");
        fields.Add(new("Input.SubspecialtyIds", "oncology"));

        var refused = await browser.SubmitAsync("/staffing/new", "/staffing/new", fields);

        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Text.ShouldContain("'oncology' is not");
        (await browser.GetAsync("/staffing?status=all")).Text.ShouldNotContain("Garbled narrowing");
    }

    [Fact]
    public async Task Opening_a_request_needs_the_antiforgery_token_and_the_right_role()
    {
        using var pm = await app.SignedInAsync(DemoStaff.ProgramManager);
        using var compliance = await app.SignedInAsync(DemoStaff.Compliance);

        (await pm.PostAsync("/staffing/new", [new("Input.Title", "x")])).Status.ShouldBe(HttpStatusCode.BadRequest);
        var refused = await compliance.SubmitAsync("/dashboard", "/staffing/new", [new("Input.Title", "x")]);
        refused.Status.ShouldBe(HttpStatusCode.Redirect);
        refused.Location!.ShouldStartWith("/account/access-denied");
    }
}
