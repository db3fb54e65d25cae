using System.Net;
using System.Text.Json;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed class ExpertsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const string ProblemJson = "application/problem+json";

    private async Task<ApiCall> GetAsync(string url, string? apiKey)
    {
        using var browser = app.NewBrowser();
        return await ApiCall.GetAsync(browser.Client, url, apiKey);
    }

    [Fact]
    public async Task A_request_without_a_key_is_refused_with_a_problem_saying_to_send_x_api_key()
    {
        var call = await GetAsync("/api/v1/experts", apiKey: null);

        call.Status.ShouldBe(HttpStatusCode.Unauthorized);
        call.ContentType.ShouldBe(ProblemJson);
        call.Detail.ShouldNotBeNull().ShouldContain("X-Api-Key");
        call.Response.Headers.WwwAuthenticate.ToString().ShouldBe("ApiKey");
    }

    [Theory]
    [InlineData("enk_this-key-was-never-issued-by-the-app-00000")]
    [InlineData("not-even-shaped-like-a-key")]
    public async Task A_request_with_a_key_that_was_never_issued_is_refused(string key)
    {
        var call = await GetAsync("/api/v1/experts", key);

        call.Status.ShouldBe(HttpStatusCode.Unauthorized);
        call.ContentType.ShouldBe(ProblemJson);
        call.Detail.ShouldBe("The API key is not valid. Send the whole key in the X-Api-Key header, or ask an admin for a new key.");
    }

    [Fact]
    public async Task A_compliance_key_lists_experts_a_page_at_a_time_with_the_total()
    {
        var key = await app.IssueApiKeyAsync("Compliance");

        var call = await GetAsync("/api/v1/experts", key);

        call.Status.ShouldBe(HttpStatusCode.OK);
        call.ContentType.ShouldBe("application/json");
        call.Json.GetProperty("totalCount").GetInt32().ShouldBe(520);
        call.Json.GetProperty("page").GetInt32().ShouldBe(1);
        call.Json.GetProperty("pageSize").GetInt32().ShouldBe(25);
        var items = call.Json.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(25);
        items[0].GetProperty("id").GetGuid().ShouldNotBe(Guid.Empty);
        items[0].GetProperty("fullName").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_list_filters_by_status_and_pages_through_the_matches()
    {
        var key = await app.IssueApiKeyAsync("Compliance");

        var first = await GetAsync("/api/v1/experts?status=Active&pageSize=10", key);
        var second = await GetAsync("/api/v1/experts?status=active&pageSize=10&page=2", key);

        first.Status.ShouldBe(HttpStatusCode.OK);
        second.Status.ShouldBe(HttpStatusCode.OK);
        var total = first.Json.GetProperty("totalCount").GetInt32();
        total.ShouldBeInRange(21, 519);
        second.Json.GetProperty("totalCount").GetInt32().ShouldBe(total);
        second.Json.GetProperty("page").GetInt32().ShouldBe(2);
        var firstIds = Ids(first);
        var secondItems = second.Json.GetProperty("items").EnumerateArray().ToList();
        secondItems.Count.ShouldBe(10);
        secondItems.ShouldAllBe(i => i.GetProperty("status").GetString() == "Active");
        secondItems.Select(i => i.GetProperty("id").GetGuid()).ShouldNotContain(id => firstIds.Contains(id));
    }

    [Fact]
    public async Task A_finance_key_may_not_read_the_expert_registry()
    {
        var key = await app.IssueApiKeyAsync("Finance");

        var call = await GetAsync("/api/v1/experts", key);

        call.Status.ShouldBe(HttpStatusCode.Forbidden);
        call.ContentType.ShouldBe(ProblemJson);
        call.Detail.ShouldBe("This API key's role may not use this endpoint.");
    }

    [Fact]
    public async Task One_expert_is_returned_by_id()
    {
        var key = await app.IssueApiKeyAsync("Compliance");
        var (id, name) = await app.ExpertWithFullRecordAsync();

        var call = await GetAsync($"/api/v1/experts/{id}", key);

        call.Status.ShouldBe(HttpStatusCode.OK);
        call.Json.GetProperty("id").GetGuid().ShouldBe(id);
        call.Json.GetProperty("fullName").GetString().ShouldBe(name);
        call.Json.GetProperty("credentials").GetArrayLength().ShouldBeGreaterThan(0);
        call.Json.GetProperty("ndas").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_unknown_expert_id_is_a_not_found_problem()
    {
        var key = await app.IssueApiKeyAsync("Compliance");
        var id = Guid.NewGuid();

        var call = await GetAsync($"/api/v1/experts/{id}", key);

        call.Status.ShouldBe(HttpStatusCode.NotFound);
        call.ContentType.ShouldBe(ProblemJson);
        call.Detail.ShouldBe($"There is no expert with id {id}.");
    }

    [Fact]
    public async Task An_expert_address_that_is_not_an_id_is_a_not_found_problem_not_an_html_page()
    {
        var key = await app.IssueApiKeyAsync("Compliance");

        var call = await GetAsync("/api/v1/experts/not-a-guid", key);

        call.Status.ShouldBe(HttpStatusCode.NotFound);
        call.ContentType.ShouldBe(ProblemJson);
        call.Json.GetProperty("status").GetInt32().ShouldBe(404);
        call.Body.ShouldNotContain("<html");
    }

    [Fact]
    public async Task A_malformed_query_is_a_validation_problem_naming_each_field()
    {
        var key = await app.IssueApiKeyAsync("Compliance");

        var call = await GetAsync("/api/v1/experts?page=abc&pageSize=1000&status=Nope", key);

        call.Status.ShouldBe(HttpStatusCode.BadRequest);
        call.ContentType.ShouldBe(ProblemJson);
        var fields = call.Json.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        fields.ShouldBe(["Page", "PageSize", "Status"], ignoreOrder: true);
        call.Json.GetProperty("errors").GetProperty("PageSize")[0].GetString().ShouldBe("Page size must be between 1 and 100.");
    }

    [Fact]
    public async Task Unknown_values_bad_dates_and_negative_rates_are_a_validation_problem_saying_what_to_send()
    {
        var key = await app.IssueApiKeyAsync("Compliance");

        var call = await GetAsync("/api/v1/experts?credentialKind=Passport&validOn=2026-02-30&activity=Review&maxRate=-1&currency=USD&sort=cheapest&direction=7", key);

        call.Status.ShouldBe(HttpStatusCode.BadRequest);
        call.ContentType.ShouldBe(ProblemJson);
        var errors = call.Json.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["CredentialKind", "ValidOn", "MaxRate", "Sort", "Direction"], ignoreOrder: true);
        errors.GetProperty("CredentialKind")[0].GetString().ShouldBe(
            "'Passport' is not a known credential kind; use one of MedicalLicense, BoardCertification, BarAdmission, ProfessionalEngineerLicense, CharteredSurveyor, Cfa, Degree, Other.");
        errors.GetProperty("ValidOn")[0].GetString().ShouldBe("'2026-02-30' is not a date for valid on; write it as yyyy-MM-dd, for example 2026-03-16.");
        errors.GetProperty("MaxRate")[0].GetString().ShouldBe("Max rate must be between 0 and 1000000 per hour.");
        errors.GetProperty("Direction")[0].GetString().ShouldBe("'7' is not a known direction; use one of Asc, Desc.");
    }

    [Fact]
    public async Task A_max_rate_without_its_activity_and_currency_is_a_validation_problem()
    {
        var key = await app.IssueApiKeyAsync("Compliance");

        var call = await GetAsync("/api/v1/experts?maxRate=100", key);

        call.Status.ShouldBe(HttpStatusCode.BadRequest);
        call.ContentType.ShouldBe(ProblemJson);
        var errors = call.Json.GetProperty("errors");
        errors.GetProperty("Activity")[0].GetString().ShouldBe("Choose the activity the max rate is for.");
        errors.GetProperty("Currency")[0].GetString().ShouldBe("Give the currency of the max rate (rates are compared only within one currency).");
    }

    [Fact]
    public async Task The_list_filters_by_credential_and_max_rate_and_sorts_by_rate_showing_each_rate()
    {
        var key = await app.IssueApiKeyAsync("ProgramManager");

        var call = await GetAsync("/api/v1/experts?credentialKind=medicallicense&activity=review&currency=USD&maxRate=250&sort=rate&direction=desc&pageSize=100", key);

        call.Status.ShouldBe(HttpStatusCode.OK);
        call.Json.GetProperty("totalCount").GetInt32().ShouldBeInRange(1, 519);
        var items = call.Json.GetProperty("items").EnumerateArray().ToList();
        var rates = items.Select(i => i.GetProperty("rateAmount").GetDecimal()).ToList();
        rates.ShouldAllBe(r => r <= 250m);
        rates.ShouldBeInOrder(Shouldly.SortDirection.Descending);
        items.ShouldAllBe(i => i.GetProperty("rateCurrency").GetString() == "USD");
        items.ShouldAllBe(i => i.GetProperty("verifiedCredentials").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_expert_endpoints()
    {
        var call = await GetAsync("/openapi/v1.json", apiKey: null);

        call.Status.ShouldBe(HttpStatusCode.OK);
        var paths = call.Json.GetProperty("paths");
        paths.TryGetProperty("/api/v1/experts", out var list).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/experts/{id}", out var one).ShouldBeTrue();
        ResponseContentTypes(list, "200").ShouldBe(["application/json"]);
        ResponseContentTypes(list, "400").ShouldBe(["application/problem+json"]);
        ResponseContentTypes(list, "401").ShouldBe(["application/problem+json"]);
        ResponseContentTypes(one, "200").ShouldBe(["application/json"]);
        ResponseContentTypes(one, "404").ShouldBe(["application/problem+json"]);
        var parameters = list.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        parameters.ShouldBe(["Q", "SpecialtyId", "Status", "Country", "Language", "CredentialKind", "ValidOn", "Activity", "MaxRate", "Currency",
            "MinAvailableHours", "Sort", "Direction", "Page", "PageSize"], ignoreOrder: true);
    }

    private static List<string> ResponseContentTypes(JsonElement path, string status) =>
        path.GetProperty("get").GetProperty("responses").GetProperty(status).GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();

    private static HashSet<Guid> Ids(ApiCall call) =>
        call.Json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToHashSet();
}
