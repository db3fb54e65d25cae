using System.Net;
using System.Net.Http.Json;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>The request detail page, its withdraw, cancel and close actions, the project's staffing section and the staffing API.</summary>
public sealed class StaffingRequestPageTests(WebApp app) : IClassFixture<WebApp>
{
    private const string DemoRequest = "Hematologic oncology reviewers";

    private Task<T> WithDbAsync<T>(Func<ExpertNetworkDbContext, Task<T>> read) =>
        app.WithScopeAsync(s => read(s.GetRequiredService<ExpertNetworkDbContext>()));

    private Task<Guid> RequestIdAsync(string title = DemoRequest) =>
        WithDbAsync(db => db.StaffingRequests.Where(r => r.Title == title).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>An engagement of the demo request in the status, not yet used by another test of this class.</summary>
    private Task<Engagement> EngagementAsync(EngagementStatus status, int skip) => WithDbAsync(async db =>
    {
        var requestId = await db.StaffingRequests.Where(r => r.Title == DemoRequest).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
        return await db.Engagements.AsNoTracking().Where(e => e.StaffingRequestId == requestId && e.Status == status)
            .OrderBy(e => e.MatchRank).Skip(skip).FirstAsync(TestContext.Current.CancellationToken);
    });

    private Task<Engagement> ReloadAsync(Guid id) =>
        WithDbAsync(db => db.Engagements.AsNoTracking().SingleAsync(e => e.Id == id, TestContext.Current.CancellationToken));

    [Fact]
    public async Task The_detail_page_shows_the_terms_fill_funnel_and_each_expert_with_their_actions()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var id = await RequestIdAsync();

        var page = await browser.GetAsync($"/staffing/{id}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain($"<h1>{DemoRequest}</h1>");
        page.Text.ShouldContain("Board certification");
        page.Text.ShouldContain("On, in waves of 10");
        page.Text.ShouldContain("seats filled");
        page.Markup.ShouldContain("data-funnel=\"sent\"");
        page.Markup.ShouldContain("aria-label=\"Engagements\"");
        page.Markup.ShouldContain($"href=\"/staffing/{id}/candidates\"");
        page.Markup.ShouldContain("/withdraw\"");
        page.Markup.ShouldContain("/cancel\"");
        page.HasAntiforgeryToken.ShouldBeTrue();
        page.Markup.ShouldNotContain("<script>");
    }

    [Theory]
    [InlineData("/staffing/00000000-0000-0000-0000-000000000001")]
    [InlineData("/staffing/not-a-guid")]
    public async Task An_unknown_request_is_the_not_found_page(string url)
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.ProgramManager);

        var page = await browser.GetAsync(url);

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text.ShouldContain("Page not found");
    }

    [Fact]
    public async Task Withdrawing_an_offer_with_a_reason_marks_it_withdrawn_and_mails_the_expert()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var id = await RequestIdAsync();
        var offer = await EngagementAsync(EngagementStatus.Offered, 0);

        var done = await browser.SubmitAsync($"/staffing/{id}", $"/staffing/{id}/engagements/{offer.Id}/withdraw",
            [new("Version", offer.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Reason", "The client reduced the panel.")]);

        done.Status.ShouldBe(HttpStatusCode.Redirect);
        done.Location.ShouldBe($"/staffing/{id}");
        (await browser.GetAsync($"/staffing/{id}")).Text.ShouldContain("The offer is withdrawn.");
        (await ReloadAsync(offer.Id)).Status.ShouldBe(EngagementStatus.Withdrawn);
        var expertEmail = await WithDbAsync(db => db.Experts.Where(x => x.Id == offer.ExpertId).Select(x => x.Email).SingleAsync(TestContext.Current.CancellationToken));
        (await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == expertEmail && m.Subject.StartsWith("Offer withdrawn"), TestContext.Current.CancellationToken))).ShouldBe(1);
    }

    [Fact]
    public async Task Cancelling_without_a_reason_with_a_stale_version_or_in_the_wrong_state_is_explained_and_changes_nothing()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var id = await RequestIdAsync();
        var accepted = await EngagementAsync(EngagementStatus.Accepted, 0);
        var offered = await EngagementAsync(EngagementStatus.Offered, 1);
        var version = accepted.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var noReason = await browser.SubmitAsync($"/staffing/{id}", $"/staffing/{id}/engagements/{accepted.Id}/cancel", [new("Version", version), new("Reason", "")]);
        (await browser.GetAsync(noReason.Location!)).Text.ShouldContain("Give a reason.");
        var stale = await browser.SubmitAsync($"/staffing/{id}", $"/staffing/{id}/engagements/{accepted.Id}/cancel", [new("Version", "999"), new("Reason", "Late")]);
        (await browser.GetAsync(stale.Location!)).Text.ShouldContain("changed by someone else");
        var wrong = await browser.SubmitAsync($"/staffing/{id}", $"/staffing/{id}/engagements/{offered.Id}/cancel",
            [new("Version", offered.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Reason", "Wrong button")]);
        (await browser.GetAsync(wrong.Location!)).Text.ShouldContain("This engagement is offered, so it cannot be cancelled.");
        var garbage = await browser.SubmitAsync($"/staffing/{id}", $"/staffing/{id}/engagements/{accepted.Id}/cancel", [new("Version", "abc"), new("Reason", "x")]);
        garbage.Status.ShouldBe(HttpStatusCode.Redirect);

        (await ReloadAsync(accepted.Id)).Status.ShouldBe(EngagementStatus.Accepted);
        (await ReloadAsync(offered.Id)).Status.ShouldBe(EngagementStatus.Offered);
    }

    [Fact]
    public async Task Cancelling_an_accepted_engagement_frees_its_seat()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var id = await RequestIdAsync();
        var accepted = await EngagementAsync(EngagementStatus.Accepted, 1);
        var filledBefore = await WithDbAsync(db => db.StaffingRequests.Where(r => r.Id == id).Select(r => r.SeatsFilled).SingleAsync(TestContext.Current.CancellationToken));

        var done = await browser.SubmitAsync($"/staffing/{id}", $"/staffing/{id}/engagements/{accepted.Id}/cancel",
            [new("Version", accepted.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Reason", "Moved to another panel.")]);

        (await browser.GetAsync(done.Location!)).Text.ShouldContain("The engagement is cancelled, its seat is open again");
        (await ReloadAsync(accepted.Id)).Status.ShouldBe(EngagementStatus.Cancelled);
        (await WithDbAsync(db => db.StaffingRequests.Where(r => r.Id == id).Select(r => r.SeatsFilled).SingleAsync(TestContext.Current.CancellationToken))).ShouldBe(filledBefore - 1);
    }

    [Fact]
    public async Task The_actions_need_the_antiforgery_token_and_a_program_manager_or_admin()
    {
        using var pm = await app.SignedInAsync(DemoStaff.ProgramManager);
        using var finance = await app.SignedInAsync(DemoStaff.Finance);
        var id = await RequestIdAsync();
        var offer = await EngagementAsync(EngagementStatus.Offered, 2);

        (await pm.PostAsync($"/staffing/{id}/engagements/{offer.Id}/withdraw", [new("Version", "1"), new("Reason", "x")])).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await pm.PostAsync($"/staffing/{id}/close", [new("Version", "1"), new("Reason", "x")])).Status.ShouldBe(HttpStatusCode.BadRequest);
        var refused = await finance.SubmitAsync("/dashboard", $"/staffing/{id}/engagements/{offer.Id}/withdraw", [new("Version", "1"), new("Reason", "x")]);
        refused.Location!.ShouldStartWith("/account/access-denied");
        (await finance.GetAsync($"/staffing/{id}")).Location!.ShouldStartWith("/account/access-denied");
        (await ReloadAsync(offer.Id)).Status.ShouldBe(EngagementStatus.Offered);
    }

    [Fact]
    public async Task The_project_page_shows_its_staffing_and_the_dashboard_the_offer_figures()
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var projectId = await WithDbAsync(db => db.StaffingRequests.Where(r => r.Title == DemoRequest).Select(r => r.ProjectId).SingleAsync(TestContext.Current.CancellationToken));

        var project = await browser.GetAsync($"/projects/{projectId}");
        var dashboard = await browser.GetAsync("/dashboard");

        project.Status.ShouldBe(HttpStatusCode.OK);
        project.Markup.ShouldContain("aria-label=\"Project funnel\"");
        project.Text.ShouldContain(DemoRequest);
        project.Markup.ShouldContain("/complete\"");
        dashboard.Markup.ShouldContain("data-stat=\"offers-expiring\"");
        dashboard.Markup.ShouldContain("aria-label=\"Offers by project\"");
        dashboard.Text.ShouldContain("Median time to staff");
    }

    [Fact]
    public async Task A_project_with_live_requests_cannot_be_completed_and_says_why()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);
        var projectId = await WithDbAsync(db => db.StaffingRequests.Where(r => r.Title == DemoRequest).Select(r => r.ProjectId).SingleAsync(TestContext.Current.CancellationToken));
        var version = await WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Version).SingleAsync(TestContext.Current.CancellationToken));

        var refused = await browser.SubmitAsync($"/projects/{projectId}", $"/projects/{projectId}/complete", [new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        (await browser.GetAsync(refused.Location!)).Text.ShouldContain("still open or filled");
        var noReason = await browser.SubmitAsync($"/projects/{projectId}", $"/projects/{projectId}/cancel", [new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        (await browser.GetAsync(noReason.Location!)).Text.ShouldContain("Give a reason.");
        (await browser.GetAsync($"/projects/{projectId}")).Text.ShouldContain("Active");
    }

    [Theory]
    [InlineData("/projects?page=abc")]
    [InlineData("/projects?page=999&pageSize=1")]
    [InlineData("/clients?page=-1&pageSize=100000")]
    [InlineData("/clients?page=2&pageSize=1")]
    public async Task Client_and_project_lists_page_and_shrug_off_bad_paging(string url)
    {
        var browser = await app.SharedBrowserAsync(DemoStaff.ProgramManager);

        var page = await browser.GetAsync(url);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Markup.ShouldContain("class=\"table\"");
    }

    [Fact]
    public async Task The_api_opens_a_request_with_201_reads_it_back_and_lists_engagements()
    {
        var key = await app.IssueApiKeyAsync("ProgramManager");
        using var browser = app.NewBrowser();
        var projectId = await WithDbAsync(db => db.StaffingRequests.Where(r => r.Title == DemoRequest).Select(r => r.ProjectId).SingleAsync(TestContext.Current.CancellationToken));
        var specialtyId = await WithDbAsync(db => db.StaffingRequests.Where(r => r.Title == DemoRequest).Select(r => r.SpecialtyId).SingleAsync(TestContext.Current.CancellationToken));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/staffing-requests")
        {
            Content = JsonContent.Create(new Dictionary<string, object?>
            {
                ["projectId"] = projectId, ["title"] = "API second opinions", ["specialtyId"] = specialtyId, ["activity"] = "Review",
                ["seats"] = 2, ["hoursPerWeek"] = 6, ["startsOn"] = "2027-03-01", ["endsOn"] = "2027-04-30", ["maxHourlyPayRate"] = 200,
                ["currency"] = "USD", ["requiredCredentialKinds"] = new[] { "MedicalLicense" }, ["languages"] = "en",
            }),
        };
        post.Headers.Add("X-Api-Key", key);

        var created = await ApiCall.SendAsync(browser.Client, post);

        created.Status.ShouldBe(HttpStatusCode.Created, created.Body);
        var id = created.Json.GetProperty("request").GetProperty("id").GetGuid();
        created.Response.Headers.Location!.AbsolutePath.ShouldBe($"/api/v1/staffing-requests/{id}");
        var read = await ApiCall.GetAsync(browser.Client, $"/api/v1/staffing-requests/{id}", key);
        read.Json.GetProperty("request").GetProperty("seatsNeeded").GetInt32().ShouldBe(2);
        read.Json.GetProperty("funnel").GetProperty("sent").GetInt32().ShouldBe(0);
        var list = await ApiCall.GetAsync(browser.Client, $"/api/v1/engagements?projectId={projectId}&status=accepted&pageSize=2", key);
        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Json.GetProperty("items").GetArrayLength().ShouldBe(2);
        list.Json.GetProperty("totalCount").GetInt32().ShouldBeGreaterThan(2);
    }

    [Theory]
    [InlineData("/api/v1/engagements?status=Pending", "'Pending' is not an engagement status. Use one of: Proposed, Offered")]
    [InlineData("/api/v1/engagements?status=3", "'3' is not an engagement status.")]
    [InlineData("/api/v1/engagements?pageSize=500", "pageSize must be between 1 and 100.")]
    [InlineData("/api/v1/engagements?page=0", "page starts at 1.")]
    public async Task Bad_engagement_queries_are_400_problems_that_say_what_is_wrong(string url, string message)
    {
        var key = await app.IssueApiKeyAsync("Admin");
        using var browser = app.NewBrowser();

        var call = await ApiCall.GetAsync(browser.Client, url, key);

        call.Status.ShouldBe(HttpStatusCode.BadRequest);
        call.ContentType.ShouldBe("application/problem+json");
        call.Detail!.ShouldContain(message);
    }

    [Fact]
    public async Task The_api_refuses_bad_requests_unknown_ids_and_finance_keys()
    {
        var key = await app.IssueApiKeyAsync("ProgramManager");
        var finance = await app.IssueApiKeyAsync("Finance");
        using var browser = app.NewBrowser();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/staffing-requests")
        {
            Content = JsonContent.Create(new Dictionary<string, object?> { ["projectId"] = Guid.NewGuid(), ["title"] = "Nope" }),
        };
        post.Headers.Add("X-Api-Key", key);

        var invalid = await ApiCall.SendAsync(browser.Client, post);
        var missing = await ApiCall.GetAsync(browser.Client, $"/api/v1/staffing-requests/{Guid.NewGuid()}", key);
        var forbidden = await ApiCall.GetAsync(browser.Client, "/api/v1/engagements", finance);

        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        invalid.ContentType.ShouldBe("application/problem+json");
        missing.Status.ShouldBe(HttpStatusCode.NotFound);
        forbidden.Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
