using System.Net;
using System.Text.RegularExpressions;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>GET /staffing/{id}/candidates and GET /api/v1/staffing-requests/{id}/candidates on the demo data.</summary>
public sealed partial class CandidatesPageTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Request = "Hematologic oncology reviewers";

    private async Task<(Browser Browser, Guid Id)> OpenAsync()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        return (browser, await app.StaffingRequestAsync(Request));
    }

    [Fact]
    public async Task The_page_ranks_fitting_experts_with_the_parts_of_their_score_and_a_shortlist_form_that_posts_offers()
    {
        var (browser, id) = await OpenAsync();

        var page = await browser.GetAsync($"/staffing/{id}/candidates");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain($"Candidates for {Request}");
        page.Text.ShouldContain("every hard filter, best first");
        page.Markup.ShouldContain($"action=\"/staffing/{id}/offers\"");
        page.HasAntiforgeryToken.ShouldBeTrue();
        page.Markup.ShouldContain("name=\"expertIds\"");
        foreach (var part in new[] { "Seniority", "Track record", "Responsiveness", "Rate headroom", "Time-zone overlap" })
            page.Text.ShouldContain(part);
        var ranks = RankCell().Matches(page.Markup).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        ranks.ShouldNotBeEmpty();
        ranks.ShouldBe(Enumerable.Range(1, ranks.Count).ToList());
    }

    [Fact]
    public async Task An_unknown_request_shows_the_not_found_page()
    {
        var (browser, _) = await OpenAsync();

        var page = await browser.GetAsync($"/staffing/{Guid.NewGuid()}/candidates");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text.ShouldContain("<h1>Page not found</h1>");
    }

    [Theory]
    [InlineData("0", "Page must be between 1 and 1000000. Showing the first page.")]
    [InlineData("abc", "Showing the first page.")]
    [InlineData("-3", "Page must be between 1 and 1000000. Showing the first page.")]
    public async Task A_page_number_that_is_not_one_shows_the_first_page_and_says_so(string pageNumber, string message)
    {
        var (browser, id) = await OpenAsync();

        var page = await browser.GetAsync($"/staffing/{id}/candidates?page={pageNumber}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(message);
        page.Markup.ShouldContain(">1</td>");
    }

    [Fact]
    public async Task A_page_past_the_end_says_how_many_pages_there_are()
    {
        var (browser, id) = await OpenAsync();

        var page = await browser.GetAsync($"/staffing/{id}/candidates?page=5000");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("There is no page 5000: the candidates fill");
    }

    [Fact]
    public async Task Why_not_lists_every_failed_rule_of_an_expert_found_by_name()
    {
        var (browser, id) = await OpenAsync();
        var lawyer = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetwork.Infrastructure.Persistence.ExpertNetworkDbContext>();
            var law = db.Specialties.Where(x => x.Path.Contains("law")).Select(x => x.Id);
            return await db.Experts.Where(e => e.Specialties.Any(x => law.Contains(x.SpecialtyId))).OrderBy(e => e.FullName)
                .Select(e => e.FullName).FirstAsync(TestContext.Current.CancellationToken);
        });

        var page = await browser.GetAsync($"/staffing/{id}/candidates?why={Uri.EscapeDataString(lawyer)}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(lawyer);
        page.Text.ShouldContain("Not in Breast oncology or Hematologic oncology or a specialty below it.");
    }

    [Theory]
    [InlineData("why=nobody-by-this-name-zz", "No expert's name or email contains \"nobody-by-this-name-zz\".")]
    [InlineData("expertId=00000000-0000-0000-0000-000000000001", "There is no expert with id 00000000-0000-0000-0000-000000000001.")]
    [InlineData("expertId=not-an-id", "'not-an-id' is not an expert id.")]
    public async Task Why_not_for_an_unknown_expert_says_so_clearly(string query, string message)
    {
        var (browser, id) = await OpenAsync();

        var page = await browser.GetAsync($"/staffing/{id}/candidates?{query}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(message);
    }

    [Theory]
    [InlineData(DemoStaff.Compliance)]
    [InlineData(DemoStaff.Finance)]
    public async Task Other_roles_are_refused_the_candidates(string email)
    {
        var browser = await app.SharedBrowserAsync(email);
        var id = await app.StaffingRequestAsync(Request);

        var page = await browser.GetAsync($"/staffing/{id}/candidates");

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
    }

    [Fact]
    public async Task The_api_pages_the_ranked_candidates_and_answers_problems_for_bad_input()
    {
        var key = await app.IssueApiKeyAsync("ProgramManager");
        var id = await app.StaffingRequestAsync(Request);
        using var browser = app.NewBrowser();

        var first = await ApiCall.GetAsync(browser.Client, $"/api/v1/staffing-requests/{id}/candidates?pageSize=2", key);
        var unknown = await ApiCall.GetAsync(browser.Client, $"/api/v1/staffing-requests/{Guid.NewGuid()}/candidates", key);
        var badPage = await ApiCall.GetAsync(browser.Client, $"/api/v1/staffing-requests/{id}/candidates?page=0", key);
        var noKey = await ApiCall.GetAsync(browser.Client, $"/api/v1/staffing-requests/{id}/candidates", null);

        first.Status.ShouldBe(HttpStatusCode.OK);
        first.Json.GetProperty("pageSize").GetInt32().ShouldBe(2);
        var items = first.Json.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBeLessThanOrEqualTo(2);
        items.ShouldNotBeEmpty();
        items[0].GetProperty("rank").GetInt32().ShouldBe(1);
        items[0].GetProperty("parts").GetArrayLength().ShouldBe(5);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
        unknown.ContentType.ShouldBe("application/problem+json");
        badPage.Status.ShouldBe(HttpStatusCode.BadRequest);
        badPage.ContentType.ShouldBe("application/problem+json");
        noKey.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [GeneratedRegex("<td class=\"num\">(\\d+)</td>")]
    private static partial Regex RankCell();
}
