using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

/// <summary>The sprint pages as program managers use them: overview, scheduling form, sprint view, changes, bad input.</summary>
public sealed partial class SprintPagesTests(WebApp app) : IClassFixture<WebApp>
{
    private const string OncologyProject = "Northwind Bio AI · Oncology reasoning evaluation (America/New_York)";

    private static string Day(int daysAhead) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<(string ProjectId, HtmlPage Form)> OpenFormAsync(Browser browser)
    {
        var choose = await browser.GetAsync("/sprints/new");
        choose.Status.ShouldBe(HttpStatusCode.OK);
        var projectId = choose.OptionValue(OncologyProject);
        var form = await browser.GetAsync($"/sprints/new?projectId={projectId}");
        form.Status.ShouldBe(HttpStatusCode.OK);
        return (projectId, form);
    }

    private static List<KeyValuePair<string, string>> Fields(string projectId, HtmlPage form, string name, int daysAhead, params int[] participantRows)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.ProjectId", projectId), new("Input.Name", name), new("Input.StartDate", Day(daysAhead)), new("Input.StartTime", "09:00"),
            new("Input.EndDate", Day(daysAhead + 1)), new("Input.EndTime", "17:00"), new("Input.TargetHours", "10"),
            new("Input.GuidelinesUrl", "https://docs.example.com/guidelines"), new("Input.RepeatWeeks", "1"),
        };
        var engagementIds = ParticipantEngagement().Matches(form.Markup).Select(m => m.Groups["id"].Value).ToList();
        foreach (var row in participantRows)
        {
            fields.Add(new($"Input.Participants[{row}].EngagementId", engagementIds[row]));
            fields.Add(new($"Input.Participants[{row}].Selected", "true"));
            fields.Add(new($"Input.Participants[{row}].CommittedHours", "1"));
        }
        return fields;
    }

    private static string SprintId(HtmlPage redirect) => redirect.Location!["/sprints/".Length..];

    private static string Version(HtmlPage page) => VersionInput().Match(page.Markup).Groups["v"].Value;

    [Theory]
    [InlineData(DemoStaff.ProgramManager)]
    [InlineData(DemoStaff.Admin)]
    public async Task Program_managers_and_admins_see_the_sprint_overview_and_its_link(string email)
    {
        using var browser = await app.SignedInAsync(email);

        var page = await browser.GetAsync("/sprints");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("<h1>Sprints</h1>");
        page.Navigation.ShouldContain("href=\"/sprints\"");
    }

    [Theory]
    [InlineData(DemoStaff.Compliance)]
    [InlineData(DemoStaff.Finance)]
    public async Task Other_roles_are_refused_the_sprint_pages(string email)
    {
        using var browser = await app.SignedInAsync(email);

        foreach (var url in new[] { "/sprints", "/sprints/new" })
        {
            var page = await browser.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.Redirect);
            page.Location!.ShouldStartWith("/account/access-denied");
        }
    }

    [Theory]
    [InlineData("Pending")]
    [InlineData("3")]
    public async Task An_unknown_status_filter_is_explained(string status)
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);

        var page = await browser.GetAsync($"/sprints?status={status}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain($"'{status}' is not a sprint status; showing every sprint.");
    }

    [Fact]
    public async Task A_program_manager_schedules_a_sprint_with_participants_and_sees_it_with_its_hours_chart()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var (projectId, form) = await OpenFormAsync(browser);
        form.Text.ShouldContain("Starts on (America/New_York)");
        ParticipantEngagement().Matches(form.Markup).Count.ShouldBe(5);

        var created = await browser.SubmitAsync($"/sprints/new?projectId={projectId}", "/sprints/new", Fields(projectId, form, "Tumour board cases", 40, 0, 1));

        created.Status.ShouldBe(HttpStatusCode.Redirect, created.Text);
        var sprint = await browser.GetAsync(created.Location!);
        sprint.Status.ShouldBe(HttpStatusCode.OK);
        sprint.Text.ShouldContain("Tumour board cases is scheduled.");
        sprint.Text.ShouldContain("<h1>Tumour board cases</h1>");
        sprint.Markup.ShouldContain("class=\"hours-chart\"");
        sprint.Text.ShouldContain("<strong>2</strong> h committed");
        sprint.Text.ShouldContain("Invitation pending");
        sprint.Text.ShouldContain("America/New_York");
        (await browser.GetAsync($"/projects/{projectId}")).Text.ShouldContain("Tumour board cases");
        (await browser.GetAsync($"/sprints?projectId={projectId}&status=Scheduled")).Text.ShouldContain("Tumour board cases");
    }

    [Fact]
    public async Task A_form_with_missing_garbled_and_impossible_values_names_each_and_schedules_nothing()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var (projectId, form) = await OpenFormAsync(browser);
        var fields = Fields(projectId, form, "", 50, 0);
        fields.RemoveAll(f => f.Key is "Input.StartDate" or "Input.TargetHours" or "Input.Participants[0].CommittedHours");
        fields.Add(new("Input.StartDate", "2026-13-45"));
        fields.Add(new("Input.TargetHours", "-3"));
        fields.Add(new("Input.Participants[0].CommittedHours", "lots"));

        var refused = await browser.SubmitAsync($"/sprints/new?projectId={projectId}", "/sprints/new", fields);

        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Text.ShouldContain("Give the sprint a name");
        refused.Text.ShouldContain("Target hours must be between 0 and 10000.");
        refused.Text.ShouldContain("2026-13-45");
        refused.Text.ShouldContain("lots");
        (await browser.GetAsync("/sprints")).Text.ShouldNotContain("is scheduled.");
    }

    [Fact]
    public async Task A_sprint_ending_before_it_starts_is_refused_with_the_rule()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var (projectId, form) = await OpenFormAsync(browser);
        var fields = Fields(projectId, form, "Backwards sprint", 60);
        fields.RemoveAll(f => f.Key == "Input.EndDate");
        fields.Add(new("Input.EndDate", Day(59)));

        var refused = await browser.SubmitAsync($"/sprints/new?projectId={projectId}", "/sprints/new", fields);

        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Text.ShouldContain("A sprint must end after it starts.");
        (await browser.GetAsync("/sprints?status=all")).Text.ShouldNotContain("Backwards sprint");
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_a_current_version_then_the_sprint_is_cancelled()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var (projectId, form) = await OpenFormAsync(browser);
        var created = await browser.SubmitAsync($"/sprints/new?projectId={projectId}", "/sprints/new", Fields(projectId, form, "Sprint to cancel", 70, 2));
        var url = created.Location!;
        var page = await browser.GetAsync(url);
        var version = Version(page);

        var noReason = await browser.SubmitAsync(url, $"{url}/cancel", [new("version", version), new("reason", " ")]);
        noReason.Status.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync(url)).Text.ShouldContain("A cancellation reason is required.");

        var stale = await browser.SubmitAsync(url, $"{url}/cancel", [new("version", "999"), new("reason", "Postponed")]);
        stale.Status.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync(url)).Text.ShouldContain("was changed by someone else");

        await browser.SubmitAsync(url, $"{url}/cancel", [new("version", version), new("reason", "The client postponed the study.")]);
        var cancelled = await browser.GetAsync(url);
        cancelled.Text.ShouldContain("The sprint is cancelled.");
        cancelled.Text.ShouldContain("The client postponed the study.");
        cancelled.Markup.ShouldContain("status-cancelled");
    }

    [Fact]
    public async Task Rescheduling_shows_the_zone_and_refuses_an_impossible_window_without_saving()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var (projectId, form) = await OpenFormAsync(browser);
        var created = await browser.SubmitAsync($"/sprints/new?projectId={projectId}", "/sprints/new", Fields(projectId, form, "Sprint to move", 80, 3));
        var url = created.Location!;
        var edit = await browser.GetAsync($"{url}/reschedule");
        edit.Text.ShouldContain("Starts on (America/New_York)");

        var refused = await browser.SubmitAsync($"{url}/reschedule", $"{url}/reschedule",
        [
            new("Version", Version(edit)), new("Input.Name", "Sprint to move"), new("Input.StartDate", Day(81)), new("Input.StartTime", "09:00"),
            new("Input.EndDate", Day(81)), new("Input.EndTime", "08:00"), new("Input.TargetHours", "10"),
        ]);
        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Text.ShouldContain("A sprint must end after it starts.");

        var moved = await browser.SubmitAsync($"{url}/reschedule", $"{url}/reschedule",
        [
            new("Version", Version(edit)), new("Input.Name", "Sprint moved"), new("Input.StartDate", Day(82)), new("Input.StartTime", "10:00"),
            new("Input.EndDate", Day(83)), new("Input.EndTime", "16:00"), new("Input.TargetHours", "12"),
        ]);
        moved.Status.ShouldBe(HttpStatusCode.Redirect, moved.Text);
        var page = await browser.GetAsync(url);
        page.Text.ShouldContain("<h1>Sprint moved</h1>");
        page.Text.ShouldContain("Invitation sequence</dt><dd>1</dd>");
    }

    [Fact]
    public async Task Changing_a_sprint_needs_the_antiforgery_token_and_the_right_role()
    {
        using var pm = await app.SignedInAsync(DemoStaff.ProgramManager);
        using var finance = await app.SignedInAsync(DemoStaff.Finance);
        var id = Guid.NewGuid();

        (await pm.PostAsync("/sprints/new", [new("Input.Name", "x")])).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await pm.PostAsync($"/sprints/{id}/cancel", [new("version", "0"), new("reason", "x")])).Status.ShouldBe(HttpStatusCode.BadRequest);
        var refused = await finance.SubmitAsync("/dashboard", $"/sprints/{id}/close", [new("version", "0")]);
        refused.Status.ShouldBe(HttpStatusCode.Redirect);
        refused.Location!.ShouldStartWith("/account/access-denied");
        (await pm.GetAsync($"/sprints/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await pm.SubmitAsync("/sprints", $"/sprints/{id}/close", [new("version", "0")])).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("name=\"Input\\.Participants\\[\\d+\\]\\.EngagementId\" value=\"(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex ParticipantEngagement();

    [GeneratedRegex("name=\"(?:version|Version)\" value=\"(?<v>\\d+)\"")]
    private static partial Regex VersionInput();
}
