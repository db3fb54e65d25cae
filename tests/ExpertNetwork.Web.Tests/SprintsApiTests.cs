using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

/// <summary>GET and POST /api/v1/sprints as an integration uses them.</summary>
public sealed class SprintsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const string ProblemJson = "application/problem+json";

    private static string Day(int daysAhead) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<ApiCall> SendAsync(HttpMethod method, string url, string? apiKey, object? body = null)
    {
        using var browser = app.NewBrowser();
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        return await ApiCall.SendAsync(browser.Client, request);
    }

    /// <summary>The demo oncology project and its accepted engagements, read through the sprint form a program manager sees.</summary>
    private async Task<(Guid ProjectId, List<Guid> Engagements)> OncologyAsync()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var projectId = (await browser.GetAsync("/sprints/new")).OptionValue("Northwind Bio AI · Oncology reasoning evaluation (America/New_York)");
        var form = await browser.GetAsync($"/sprints/new?projectId={projectId}");
        var ids = System.Text.RegularExpressions.Regex.Matches(form.Markup, "Participants\\[\\d+\\]\\.EngagementId\" value=\"([0-9a-f-]{36})\"")
            .Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        return (Guid.Parse(projectId), ids);
    }

    private static Dictionary<string, object?> SprintBody(Guid projectId, string name, int daysAhead, params (Guid Engagement, decimal Hours)[] participants) => new()
    {
        ["projectId"] = projectId, ["name"] = name, ["startDate"] = Day(daysAhead), ["startTime"] = "09:00:00",
        ["endDate"] = Day(daysAhead + 2), ["endTime"] = "17:00:00", ["targetHours"] = 20, ["guidelinesUrl"] = "https://docs.example.com/g",
        ["repeatWeeks"] = 1,
        ["participants"] = participants.Select(p => new Dictionary<string, object?> { ["engagementId"] = p.Engagement, ["committedHours"] = p.Hours }).ToList(),
    };

    [Fact]
    public async Task Posting_a_sprint_answers_201_with_its_location_and_it_is_listed_by_project_and_status()
    {
        var key = await app.IssueApiKeyAsync("ProgramManager");
        var (projectId, engagements) = await OncologyAsync();

        var created = await SendAsync(HttpMethod.Post, "/api/v1/sprints", key, SprintBody(projectId, "API sprint", 90, (engagements[4], 1m)));

        created.Status.ShouldBe(HttpStatusCode.Created, created.Body);
        var sprint = created.Json[0];
        var id = sprint.GetProperty("id").GetGuid();
        created.Response.Headers.Location!.AbsolutePath.ShouldBe($"/api/v1/sprints/{id}");
        sprint.GetProperty("status").GetString().ShouldBe("Scheduled");
        sprint.GetProperty("timeZoneId").GetString().ShouldBe("America/New_York");
        sprint.GetProperty("participants").GetArrayLength().ShouldBe(1);

        var list = await SendAsync(HttpMethod.Get, $"/api/v1/sprints?projectId={projectId}&status=scheduled", key);
        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ShouldContain("API sprint");
        (await SendAsync(HttpMethod.Get, $"/api/v1/sprints/{id}", key)).Json.GetProperty("name").GetString().ShouldBe("API sprint");
    }

    [Fact]
    public async Task Bad_input_is_400_problem_details_with_a_sentence_and_nothing_is_scheduled()
    {
        var key = await app.IssueApiKeyAsync("ProgramManager");
        var (projectId, engagements) = await OncologyAsync();

        var backwards = SprintBody(projectId, "API backwards", 95);
        backwards["endDate"] = Day(94);
        var refused = await SendAsync(HttpMethod.Post, "/api/v1/sprints", key, backwards);
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ContentType.ShouldBe(ProblemJson);
        refused.Detail.ShouldBe("A sprint must end after it starts.");

        var unnamed = SprintBody(projectId, "", 95);
        var missing = await SendAsync(HttpMethod.Post, "/api/v1/sprints", key, unnamed);
        missing.Status.ShouldBe(HttpStatusCode.BadRequest);
        missing.Body.ShouldContain("Give the sprint a name");

        var hungry = await SendAsync(HttpMethod.Post, "/api/v1/sprints", key, SprintBody(projectId, "API too many hours", 95, (engagements[3], 900m)));
        hungry.Status.ShouldBe(HttpStatusCode.BadRequest);
        hungry.Detail.ShouldNotBeNull().ShouldContain("Committed hours must be more than 0 and at most the engagement's");

        var badStatus = await SendAsync(HttpMethod.Get, "/api/v1/sprints?status=Pending", key);
        badStatus.Status.ShouldBe(HttpStatusCode.BadRequest);
        badStatus.Detail.ShouldBe("'Pending' is not a sprint status. Use Scheduled, Running, Closed or Cancelled.");

        var all = await SendAsync(HttpMethod.Get, "/api/v1/sprints?pageSize=100", key);
        all.Json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ShouldNotContain(n => n!.StartsWith("API backwards", StringComparison.Ordinal) || n.StartsWith("API too many", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_program_manager_and_admin_keys_may_use_the_sprint_api()
    {
        var finance = await app.IssueApiKeyAsync("Finance");

        (await SendAsync(HttpMethod.Get, "/api/v1/sprints", null)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await SendAsync(HttpMethod.Get, "/api/v1/sprints", finance)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await SendAsync(HttpMethod.Post, "/api/v1/sprints", finance, new Dictionary<string, object?> { ["name"] = "x" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await app.IssueApiKeyAsync("Admin");
        (await SendAsync(HttpMethod.Get, "/api/v1/sprints", admin)).Json.ValueKind.ShouldBe(JsonValueKind.Object);
    }
}
