using System.Net;
using System.Net.Http.Json;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

/// <summary>GET /api/v1/invoices and /api/v1/payout-statements, and the refusals of POST /api/v1/invoice-runs, as an accounting integration sees them.</summary>
public sealed class FinanceApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const string ProblemJson = "application/problem+json";

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

    [Fact]
    public async Task Invoices_are_listed_with_filters_and_totals_and_read_one_by_one()
    {
        var key = await app.IssueApiKeyAsync("Finance");
        var docs = await FinanceDocuments.CreateAsync(app);

        var all = await SendAsync(HttpMethod.Get, $"/api/v1/invoices?clientId={docs.ClientId}&pageSize=2", key);
        var paid = await SendAsync(HttpMethod.Get, $"/api/v1/invoices?clientId={docs.ClientId}&status=Paid", key);
        var one = await SendAsync(HttpMethod.Get, $"/api/v1/invoices/{docs.Issued.Id}", key);

        all.Status.ShouldBe(HttpStatusCode.OK, all.Body);
        all.Json.GetProperty("totalCount").GetInt32().ShouldBe(5);
        all.Json.GetProperty("items").GetArrayLength().ShouldBe(2);
        all.Json.GetProperty("totalPages").GetInt32().ShouldBe(3);
        var totals = all.Json.GetProperty("totals")[0];
        totals.GetProperty("currency").GetString().ShouldBe("USD");
        totals.GetProperty("total").GetDecimal().ShouldBe(6300m);
        paid.Json.GetProperty("items")[0].GetProperty("number").GetString().ShouldBe(docs.Paid.Number);
        paid.Json.GetProperty("items")[0].GetProperty("status").GetString().ShouldBe("Paid");
        one.Status.ShouldBe(HttpStatusCode.OK);
        one.Response.Headers.ETag.ShouldNotBeNull();
        one.Json.GetProperty("number").GetString().ShouldBe(docs.Issued.Number);
        one.Json.GetProperty("total").GetDecimal().ShouldBe(4020m);
        one.Json.GetProperty("lines").GetArrayLength().ShouldBe(2);
        one.Json.GetProperty("clientVatNumber").GetString().ShouldStartWith("GB");
    }

    [Fact]
    public async Task Payout_statements_are_listed_by_expert_and_status_and_read_one_by_one()
    {
        var key = await app.IssueApiKeyAsync("Admin");
        var docs = await FinanceDocuments.CreateAsync(app);

        var issued = await SendAsync(HttpMethod.Get, $"/api/v1/payout-statements?expertId={docs.ExpertId}&status=issued", key);
        var one = await SendAsync(HttpMethod.Get, $"/api/v1/payout-statements/{docs.PaidStatement.Id}", key);

        issued.Status.ShouldBe(HttpStatusCode.OK, issued.Body);
        issued.Json.GetProperty("totalCount").GetInt32().ShouldBe(1);
        issued.Json.GetProperty("items")[0].GetProperty("expertName").GetString().ShouldBe(docs.ExpertName);
        one.Json.GetProperty("paidOn").GetString().ShouldBe(docs.PaidStatement.PaidOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        one.Json.GetProperty("paymentReference").GetString().ShouldStartWith("SEPA-");
    }

    [Fact]
    public async Task A_page_far_beyond_the_last_is_empty_not_an_error()
    {
        var key = await app.IssueApiKeyAsync("Finance");

        var far = await SendAsync(HttpMethod.Get, "/api/v1/invoices?page=2000000000&pageSize=100", key);

        far.Status.ShouldBe(HttpStatusCode.OK, far.Body);
        far.Json.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("/api/v1/invoices?from=2026-10-31&to=2026-10-01", "ends (2026-10-01) before it starts (2026-10-31)")]
    [InlineData("/api/v1/invoices?from=yesterday", "is not a date")]
    [InlineData("/api/v1/invoices?status=Overdue", "is not a known")]
    [InlineData("/api/v1/invoices?clientId=6f9619ff-8b86-d011-b42d-00cf4fc964ff", "There is no client with that id")]
    [InlineData("/api/v1/invoices?pageSize=1000", "pageSize must be between 1 and 100.")]
    [InlineData("/api/v1/payout-statements?expertId=6f9619ff-8b86-d011-b42d-00cf4fc964ff", "There is no expert with that id")]
    [InlineData("/api/v1/payout-statements?page=0", "page starts at 1.")]
    public async Task Filters_that_cannot_be_used_are_400_problems_that_say_why(string url, string message)
    {
        var key = await app.IssueApiKeyAsync("Finance");

        var call = await SendAsync(HttpMethod.Get, url, key);

        call.Status.ShouldBe(HttpStatusCode.BadRequest, call.Body);
        call.ContentType.ShouldBe(ProblemJson);
        call.Body.ShouldContain(message);
    }

    [Fact]
    public async Task Unknown_documents_are_404_problems()
    {
        var key = await app.IssueApiKeyAsync("Finance");
        var id = Guid.NewGuid();

        foreach (var url in new[] { $"/api/v1/invoices/{id}", $"/api/v1/invoices/{id}/pdf", $"/api/v1/payout-statements/{id}", $"/api/v1/payout-statements/{id}/pdf" })
        {
            var call = await SendAsync(HttpMethod.Get, url, key);
            call.Status.ShouldBe(HttpStatusCode.NotFound, url);
            call.ContentType.ShouldBe(ProblemJson);
            call.Detail.ShouldNotBeNull().ShouldContain(id.ToString());
        }
    }

    [Fact]
    public async Task Only_finance_and_admin_keys_reach_the_finance_api()
    {
        var pm = await app.IssueApiKeyAsync("ProgramManager");
        var compliance = await app.IssueApiKeyAsync("Compliance");

        (await SendAsync(HttpMethod.Get, "/api/v1/invoices", null)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await SendAsync(HttpMethod.Get, "/api/v1/invoices", pm)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await SendAsync(HttpMethod.Get, "/api/v1/payout-statements", compliance)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await SendAsync(HttpMethod.Post, "/api/v1/invoice-runs", pm, new { from = "2026-10-01", to = "2026-10-31" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await SendAsync(HttpMethod.Get, "/api/v1/invoices", "not-a-key")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("""{ "from": "2026-10-31", "to": "2026-10-01" }""", "ends (2026-10-01) before it starts (2026-10-31)")]
    [InlineData("""{ "to": "2026-10-31" }""", "Give the period as from and to")]
    [InlineData("""{ "from": "2026-10-01", "to": "2026-10-31", "clientId": "6f9619ff-8b86-d011-b42d-00cf4fc964ff" }""", "There is no client with that id")]
    [InlineData("""{ "from": "1st October", "to": "2026-10-31" }""", "from")]
    public async Task A_run_that_cannot_be_made_is_a_400_problem_and_drafts_nothing(string body, string message)
    {
        var key = await app.IssueApiKeyAsync("Finance");
        using var browser = app.NewBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/invoice-runs") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", key);
        // Other tests of this class share the database and add drafts of their own: compare with the count before the call.
        var drafts = (await SendAsync(HttpMethod.Get, "/api/v1/invoices?status=Draft", key)).Json.GetProperty("totalCount").GetInt32();

        var call = await ApiCall.SendAsync(browser.Client, request);

        call.Status.ShouldBe(HttpStatusCode.BadRequest, call.Body);
        call.ContentType.ShouldBe(ProblemJson);
        call.Body.ShouldContain(message);
        (await SendAsync(HttpMethod.Get, "/api/v1/invoices?status=Draft", key)).Json.GetProperty("totalCount").GetInt32().ShouldBe(drafts);
    }
}
