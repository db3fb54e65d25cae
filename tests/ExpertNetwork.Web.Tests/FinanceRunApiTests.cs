using System.Globalization;
using System.Net;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

/// <summary>POST /api/v1/invoice-runs on the demo data, on an app of its own: the run claims last month's hours.</summary>
public sealed class FinanceRunApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string LastMonth => DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_invoice_run_through_the_api_answers_201_with_the_drafts_and_a_second_run_finds_nothing_new()
    {
        var key = await app.IssueApiKeyAsync("Finance");
        var first = DateOnly.ParseExact(LastMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = $$"""{ "from": "{{first:yyyy-MM-dd}}", "to": "{{first.AddMonths(1).AddDays(-1):yyyy-MM-dd}}", "clientId": null }""";
        using var browser = app.NewBrowser();

        async Task<ApiCall> RunAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/invoice-runs") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Api-Key", key);
            return await ApiCall.SendAsync(browser.Client, request);
        }

        var run = await RunAsync();
        var again = await RunAsync();

        run.Status.ShouldBe(HttpStatusCode.Created, run.Body);
        var ids = run.Json.GetProperty("invoiceIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
        ids.Count.ShouldBe(2);
        run.Json.GetProperty("payoutStatementIds").GetArrayLength().ShouldBe(4);
        run.Json.GetProperty("entriesInvoiced").GetInt32().ShouldBeGreaterThan(0);
        again.Status.ShouldBe(HttpStatusCode.Created, again.Body);
        again.Json.GetProperty("invoiceIds").GetArrayLength().ShouldBe(0);
        var draft = await ApiCall.GetAsync(browser.Client, $"/api/v1/invoices/{ids[0]}", key);
        draft.Json.GetProperty("status").GetString().ShouldBe("Draft");
        using var pdf = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/invoices/{ids[0]}/pdf");
        pdf.Headers.Add("X-Api-Key", key);
        var file = await browser.Client.SendAsync(pdf, Cancellation);
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }
}
