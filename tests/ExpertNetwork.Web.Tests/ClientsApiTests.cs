using System.Net;
using System.Net.Http.Json;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

/// <summary>POST and GET /api/v1/clients and /api/v1/projects as an integration uses them.</summary>
public sealed class ClientsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const string ProblemJson = "application/problem+json";

    private static Dictionary<string, object?> ClientBody(string name) => new()
    {
        ["name"] = name, ["legalName"] = name + " Ltd", ["billingEmail"] = "ap@api-client.example",
        ["billingAddress"] = "1 King Street, London", ["countryCode"] = "GB", ["currency"] = "GBP", ["vatRatePercent"] = 20,
        ["requiresClientNda"] = false, ["restrictedCompanies"] = new[] { "Litware" },
    };

    private static Dictionary<string, object?> ProjectBody(Guid clientId, string code) => new()
    {
        ["clientId"] = clientId, ["name"] = "Tax memo evaluation", ["code"] = code, ["description"] = "Grade tax memos.",
        ["expertBrief"] = "Grade short tax memos.", ["confidentiality"] = "Restricted", ["budget"] = 50000, ["currency"] = "GBP",
        ["timeZoneId"] = "Europe/London", ["start"] = "2027-02-01", ["end"] = "2027-04-30",
    };

    private async Task<ApiCall> SendAsync(HttpMethod method, string url, string apiKey, object? body = null, string? ifMatch = null)
    {
        using var browser = app.NewBrowser();
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        request.Headers.Add("X-Api-Key", apiKey);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await ApiCall.SendAsync(browser.Client, request);
    }

    [Fact]
    public async Task Posting_a_client_then_a_project_answers_201_with_locations_that_read_back()
    {
        var key = await app.IssueApiKeyAsync("ProgramManager");

        var client = await SendAsync(HttpMethod.Post, "/api/v1/clients", key, ClientBody("Api Client One"));
        client.Status.ShouldBe(HttpStatusCode.Created, client.Body);
        var clientId = client.Json.GetProperty("id").GetGuid();
        client.Response.Headers.Location!.AbsolutePath.ShouldBe($"/api/v1/clients/{clientId}");
        client.Json.GetProperty("vatRate").GetDecimal().ShouldBe(0.2m);
        client.Json.GetProperty("restrictedCompanies")[0].GetString().ShouldBe("Litware");

        var project = await SendAsync(HttpMethod.Post, "/api/v1/projects", key, ProjectBody(clientId, "API-TAX-1"));
        project.Status.ShouldBe(HttpStatusCode.Created, project.Body);
        var projectId = project.Json.GetProperty("id").GetGuid();
        project.Response.Headers.Location!.AbsolutePath.ShouldBe($"/api/v1/projects/{projectId}");

        var read = await SendAsync(HttpMethod.Get, $"/api/v1/projects/{projectId}", key);
        read.Status.ShouldBe(HttpStatusCode.OK);
        read.Json.GetProperty("clientName").GetString().ShouldBe("Api Client One");
        read.Json.GetProperty("currency").GetString().ShouldBe("GBP");
        (await SendAsync(HttpMethod.Get, $"/api/v1/clients/{clientId}", key)).Json.GetProperty("projects")[0].GetProperty("code").GetString().ShouldBe("API-TAX-1");
    }

    [Fact]
    public async Task Invalid_input_is_a_400_problem_naming_each_field_and_domain_refusals_too()
    {
        var key = await app.IssueApiKeyAsync("Admin");
        var body = ClientBody("");
        body["countryCode"] = "Britain";

        var invalid = await SendAsync(HttpMethod.Post, "/api/v1/clients", key, body);
        var unknownClient = await SendAsync(HttpMethod.Post, "/api/v1/projects", key, ProjectBody(Guid.NewGuid(), "API-NONE"));

        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        invalid.ContentType.ShouldBe(ProblemJson);
        invalid.Json.GetProperty("errors").GetProperty("Name")[0].GetString().ShouldBe("Enter the client's name.");
        invalid.Json.GetProperty("errors").GetProperty("CountryCode")[0].GetString().ShouldBe("The country must be a two-letter ISO code such as DE or US.");
        unknownClient.Status.ShouldBe(HttpStatusCode.BadRequest);
        unknownClient.ContentType.ShouldBe(ProblemJson);
        unknownClient.Json.GetProperty("detail").GetString().ShouldBe("That client does not exist.");
    }

    [Theory]
    [InlineData("Finance")]
    [InlineData("Compliance")]
    public async Task Keys_whose_role_may_only_read_get_403_on_post_and_can_read(string role)
    {
        var key = await app.IssueApiKeyAsync(role);
        var admin = await app.IssueApiKeyAsync("Admin");
        var created = await SendAsync(HttpMethod.Post, "/api/v1/clients", admin, ClientBody("Readable Client " + role));

        var post = await SendAsync(HttpMethod.Post, "/api/v1/clients", key, ClientBody("Forbidden Client"));
        var project = await SendAsync(HttpMethod.Post, "/api/v1/projects", key, ProjectBody(created.Json.GetProperty("id").GetGuid(), "API-FORBID"));
        var read = await SendAsync(HttpMethod.Get, $"/api/v1/clients/{created.Json.GetProperty("id").GetGuid()}", key);

        post.Status.ShouldBe(HttpStatusCode.Forbidden);
        project.Status.ShouldBe(HttpStatusCode.Forbidden);
        read.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_problem()
    {
        var key = await app.IssueApiKeyAsync("Finance");

        var call = await SendAsync(HttpMethod.Get, $"/api/v1/projects/{Guid.NewGuid()}", key);

        call.Status.ShouldBe(HttpStatusCode.NotFound);
        call.ContentType.ShouldBe(ProblemJson);
    }

    [Fact]
    public async Task Put_replaces_a_client_with_the_version_it_read_and_refuses_a_stale_or_missing_one()
    {
        var key = await app.IssueApiKeyAsync("ProgramManager");
        var created = await SendAsync(HttpMethod.Post, "/api/v1/clients", key, ClientBody("Api Client Put"));
        var url = $"/api/v1/clients/{created.Json.GetProperty("id").GetGuid()}";
        var etag = (await SendAsync(HttpMethod.Get, url, key)).Response.Headers.ETag!.ToString();
        var renamed = ClientBody("Api Client Renamed");
        renamed["restrictedCompanies"] = new[] { "Litware", "Fabrikam" };

        var missing = await SendAsync(HttpMethod.Put, url, key, renamed);
        var replaced = await SendAsync(HttpMethod.Put, url, key, renamed, etag);
        var stale = await SendAsync(HttpMethod.Put, url, key, ClientBody("Api Client Lost Edit"), etag);
        var invalid = await SendAsync(HttpMethod.Put, url, key, ClientBody(""), replaced.Response.Headers.ETag!.ToString());

        missing.Status.ShouldBe(HttpStatusCode.PreconditionRequired);
        missing.Json.GetProperty("detail").GetString()!.ShouldContain("If-Match");
        replaced.Status.ShouldBe(HttpStatusCode.OK, replaced.Body);
        replaced.Json.GetProperty("name").GetString().ShouldBe("Api Client Renamed");
        replaced.Response.Headers.ETag!.ToString().ShouldNotBe(etag);
        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        stale.ContentType.ShouldBe(ProblemJson);
        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        var read = await SendAsync(HttpMethod.Get, url, key);
        read.Json.GetProperty("name").GetString().ShouldBe("Api Client Renamed");
        read.Json.GetProperty("restrictedCompanies").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Put_replaces_a_project_and_answers_404_for_an_unknown_one()
    {
        var key = await app.IssueApiKeyAsync("Admin");
        var client = await SendAsync(HttpMethod.Post, "/api/v1/clients", key, ClientBody("Api Client Project Put"));
        var clientId = client.Json.GetProperty("id").GetGuid();
        var project = await SendAsync(HttpMethod.Post, "/api/v1/projects", key, ProjectBody(clientId, "API-PUT-1"));
        var url = $"/api/v1/projects/{project.Json.GetProperty("id").GetGuid()}";
        var body = ProjectBody(clientId, "API-PUT-1");
        body["name"] = "Tax memo evaluation, phase 2";
        body["budget"] = 65000;

        var replaced = await SendAsync(HttpMethod.Put, url, key, body, project.Response.Headers.ETag!.ToString());
        var unknown = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{Guid.NewGuid()}", key, body, "\"1\"");
        var readOnly = await SendAsync(HttpMethod.Put, url, await app.IssueApiKeyAsync("Finance"), body, replaced.Response.Headers.ETag!.ToString());

        replaced.Status.ShouldBe(HttpStatusCode.OK, replaced.Body);
        replaced.Json.GetProperty("name").GetString().ShouldBe("Tax memo evaluation, phase 2");
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
        unknown.ContentType.ShouldBe(ProblemJson);
        readOnly.Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
