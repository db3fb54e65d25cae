using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>
/// The expert portal over HTTP: the emailed sign-in link (GET shows, POST signs in once), the expert's own cookie,
/// the timesheet's refusals (never a 500, nothing saved), other experts' files, the approval queue and the API.
/// </summary>
public sealed partial class PortalTests : IClassFixture<WebApp>
{
    private readonly WebApp app;

    public PortalTests(WebApp app)
    {
        app.Settings["ExpertLinks:RequestsPerMinute"] = "1000";
        app.Settings["Portal:SignInRequestsPerMinute"] = "1000";
        this.app = app;
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private sealed record Scenario(Guid ProjectId, Expert Expert, Engagement Engagement, Expert Other, Engagement OthersEngagement);

    /// <summary>A project with two experts on accepted engagements that started ten days ago.</summary>
    private Task<Scenario> ScenarioAsync(ConfidentialityLevel confidentiality = ConfidentialityLevel.Open) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            var now = DateTime.UtcNow;
            var today = DateOnly.FromDateTime(now);
            var specialty = await db.Specialties.OrderBy(x => x.Path).FirstAsync(Cancellation);
            var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
            var client = Client.Create("Portal Client " + suffix, "Portal Client Ltd", "ap@portal-test.example", "1 High Street, London", "GB", "USD", 0.2m, false, null, false, now.AddDays(-30));
            var project = Project.Create(client, "Answer grading " + suffix, "PRT-" + suffix, null, "Grade model answers.", "Grade short clinical answers.",
                confidentiality, false, new Money(100_000m, "USD"), "Europe/London", new DateRange(today.AddDays(-20), today.AddDays(120)), now.AddDays(-30));
            var request = StaffingRequest.Open(project.Id, "Clinical graders", specialty.Id, [], [CredentialKind.MedicalLicense], ["en"], Activity.Review,
                2, 10m, new DateRange(today.AddDays(-10), today.AddDays(40)), new Money(300m, "USD"), 72, false, 5, now.AddDays(-20));
            db.AddRange(client, project, request);
            (Expert, Engagement) Engaged(string name)
            {
                var expert = Expert.Register($"{name} {suffix}", $"{name.ToLowerInvariant().Replace(' ', '.')}.{suffix.ToLowerInvariant()}@experts.example", "GB", "Europe/London", 10, 20m, now.AddDays(-100));
                var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(200m, "USD") }, 1, now.AddDays(-20));
                engagement.Offer(now.AddDays(-17), now.AddDays(-20));
                engagement.Accept(expert.FullName, true, null, null, new string('a', 64), now.AddDays(-19));
                db.AddRange(expert, engagement);
                return (expert, engagement);
            }
            var (expert, engagement) = Engaged("Iris Portal");
            var (other, others) = Engaged("Omar Portal");
            await db.SaveChangesAsync(Cancellation);
            return new Scenario(project.Id, expert, engagement, other, others);
        });

    private Task<string> LastLinkTokenAsync(string email) => app.WithScopeAsync(async s =>
    {
        var mail = await s.GetRequiredService<ExpertNetworkDbContext>().OutboxMessages
            .Where(m => m.ToAddress == email).OrderByDescending(m => m.CreatedUtc).FirstAsync(Cancellation);
        return LinkPattern().Match(await app.DeliveredTextAsync(mail.MessageId)).Groups[1].Value;
    });

    private async Task<Browser> SignedInExpertAsync(Expert expert)
    {
        var browser = app.NewBrowser();
        await browser.SubmitAsync("/portal/sign-in", "/portal/sign-in", [new("Form.Email", expert.Email)]);
        var token = await LastLinkTokenAsync(expert.Email);
        var done = await browser.SubmitAsync($"/portal/link/{token}", $"/portal/link/{token}", []);
        done.Location.ShouldBe("/portal");
        return browser;
    }

    private Task<List<TimeEntry>> EntriesAsync(Guid expertId) => app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().TimeEntries
        .AsNoTracking().Where(t => t.ExpertId == expertId).ToListAsync(Cancellation));

    [Fact]
    public async Task The_sign_in_page_answers_the_same_for_a_known_and_an_unknown_address()
    {
        var scenario = await ScenarioAsync();
        using var browser = app.NewBrowser();

        var known = await browser.SubmitAsync("/portal/sign-in", "/portal/sign-in", [new("Form.Email", scenario.Expert.Email)]);
        var unknown = await browser.SubmitAsync("/portal/sign-in", "/portal/sign-in", [new("Form.Email", "nobody-" + Guid.NewGuid().ToString("N")[..6] + "@example.com")]);
        var nonsense = await browser.SubmitAsync("/portal/sign-in", "/portal/sign-in", [new("Form.Email", "<script>not an address")]);

        known.Status.ShouldBe(HttpStatusCode.OK);
        unknown.Status.ShouldBe(HttpStatusCode.OK);
        nonsense.Status.ShouldBe(HttpStatusCode.OK);
        static string Answer(HtmlPage page) => Regex.Replace(NoticePattern().Match(page.Markup).Groups[1].Value, "<strong>[^<]*</strong>", "X");
        Answer(known).ShouldNotBeEmpty();
        Answer(known).ShouldBe(Answer(unknown));
        Answer(known).ShouldBe(Answer(nonsense));
        known.Text.ShouldContain("a sign-in link is on its way");
        (await LastLinkTokenAsync(scenario.Expert.Email)).Length.ShouldBe(43);
        (await browser.PostAsync("/portal/sign-in", [new("Form.Email", scenario.Expert.Email)])).Status.ShouldBe(HttpStatusCode.BadRequest);
        var empty = await browser.SubmitAsync("/portal/sign-in", "/portal/sign-in", [new("Form.Email", "")]);
        empty.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        empty.Text.ShouldContain("Enter the email address");
    }

    [Fact]
    public async Task After_accepting_the_expert_sees_whom_a_confidential_project_is_for()
    {
        var scenario = await ScenarioAsync(ConfidentialityLevel.Confidential);
        using var browser = await SignedInExpertAsync(scenario.Expert);

        var portal = await browser.GetAsync("/portal");

        portal.Text.ShouldContain("Portal Client ");
        portal.Text.ShouldNotContain("a client whose name is shared after acceptance");
    }

    [Fact]
    public async Task Opening_the_link_signs_nobody_in_and_only_the_continue_post_does_once()
    {
        var scenario = await ScenarioAsync();
        using var browser = app.NewBrowser();
        await browser.SubmitAsync("/portal/sign-in", "/portal/sign-in", [new("Form.Email", scenario.Expert.Email)]);
        var token = await LastLinkTokenAsync(scenario.Expert.Email);

        var shown = await browser.GetAsync($"/portal/link/{token}");
        await browser.GetAsync($"/portal/link/{token}");
        shown.Status.ShouldBe(HttpStatusCode.OK);
        shown.Text.ShouldContain("Continue");
        shown.SetCookies.ShouldNotContain(c => c.StartsWith("expertnetwork.expert=", StringComparison.Ordinal));
        shown.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await browser.GetAsync("/portal")).Location.ShouldNotBeNull().ShouldStartWith("/portal/sign-in");
        (await browser.PostAsync($"/portal/link/{token}", [])).Status.ShouldBe(HttpStatusCode.BadRequest);

        var signedIn = await browser.PostAsync($"/portal/link/{token}", [new("__RequestVerificationToken", shown.AntiforgeryToken)]);
        signedIn.Location.ShouldBe("/portal");
        signedIn.SetCookies.ShouldContain(c => c.StartsWith("expertnetwork.expert=", StringComparison.Ordinal));
        var portal = await browser.GetAsync("/portal");
        portal.Status.ShouldBe(HttpStatusCode.OK);
        portal.Text.ShouldContain(scenario.Expert.FullName);

        using var second = app.NewBrowser();
        var again = await second.GetAsync($"/portal/link/{token}");
        again.Status.ShouldBe(HttpStatusCode.Gone);
        again.Text.ShouldContain("This sign-in link has been used");
        var replay = await second.SubmitAsync("/portal/sign-in", $"/portal/link/{token}", []);
        replay.Status.ShouldBe(HttpStatusCode.Gone);
        (await second.GetAsync("/portal")).Status.ShouldBe(HttpStatusCode.Redirect);
        var bogus = await second.GetAsync("/portal/link/not-a-token");
        bogus.Status.ShouldBe(HttpStatusCode.NotFound);
        bogus.Text.ShouldContain("This sign-in link is not valid");

        var signOut = await browser.SubmitAsync("/portal", "/portal/sign-out", []);
        signOut.Location.ShouldBe("/portal/sign-in?signedOut=true");
        (await browser.GetAsync("/portal")).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("abc", "Form.WorkDate", "The value 'abc' is not valid")]
    [InlineData("1.1", null, "quarter hours")]
    [InlineData("25", null, "between 0.25 and 24")]
    [InlineData("2", "future", "in the future")]
    [InlineData("", null, "Enter the hours")]
    public async Task Bad_timesheet_input_gets_a_clear_message_and_saves_nothing(string hours, string? twist, string message)
    {
        var scenario = await ScenarioAsync();
        using var browser = await SignedInExpertAsync(scenario.Expert);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(twist == "future" ? 2 : -1).ToString("yyyy-MM-dd");
        var page = await browser.SubmitAsync("/portal/timesheet", "/portal/timesheet",
        [
            new("Form.EngagementId", scenario.Engagement.Id.ToString()), new("Form.Activity", "Review"),
            new("Form.WorkDate", twist == "Form.WorkDate" ? hours : day), new("Form.Hours", twist == "Form.WorkDate" ? "2" : hours),
        ]);

        page.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        page.Text.ShouldContain(message.Replace("'abc'", "'abc'", StringComparison.Ordinal).Split(' ')[0]);
        if (twist != "Form.WorkDate")
            page.Text.ShouldContain(message);
        (await EntriesAsync(scenario.Expert.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Hours_are_logged_corrected_and_deleted_from_the_timesheet_and_a_stale_tab_is_told()
    {
        var scenario = await ScenarioAsync();
        using var browser = await SignedInExpertAsync(scenario.Expert);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd");
        var logged = await browser.SubmitAsync("/portal/timesheet", "/portal/timesheet",
            [new("Form.EngagementId", scenario.Engagement.Id.ToString()), new("Form.Activity", "Review"), new("Form.WorkDate", day), new("Form.Hours", "2.5"), new("Form.Note", "Batch 3")]);
        logged.Location.ShouldBe("/portal/timesheet");
        var entry = (await EntriesAsync(scenario.Expert.Id)).ShouldHaveSingleItem();
        entry.Hours.ShouldBe(2.5m);

        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.EngagementId", scenario.Engagement.Id.ToString()), new("Form.Activity", "Review"), new("Form.WorkDate", day), new("Form.Hours", "3"), new("version", "0"),
        };
        (await browser.SubmitAsync($"/portal/timesheet?edit={entry.Id}", $"/portal/timesheet/{entry.Id}", fields)).Location.ShouldBe("/portal/timesheet");
        var stale = await browser.SubmitAsync($"/portal/timesheet?edit={entry.Id}", $"/portal/timesheet/{entry.Id}", fields);
        stale.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        stale.Text.ShouldContain("changed by someone else");
        (await EntriesAsync(scenario.Expert.Id)).ShouldHaveSingleItem().Hours.ShouldBe(3m);

        (await browser.SubmitAsync("/portal/timesheet", $"/portal/timesheet/{entry.Id}/delete", [new("version", "1")])).Location.ShouldBe("/portal/timesheet");
        (await EntriesAsync(scenario.Expert.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_experts_engagement_files_and_hours_are_out_of_reach_and_sessions_do_not_cross()
    {
        var scenario = await ScenarioAsync();
        using var browser = await SignedInExpertAsync(scenario.Expert);

        (await browser.GetAsync($"/portal/engagements/{scenario.OthersEngagement.Id}/contract.pdf")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/portal/ndas/{Guid.NewGuid()}.pdf")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/portal/sprints/{Guid.NewGuid()}.ics")).Status.ShouldBe(HttpStatusCode.NotFound);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd");
        var foreign = await browser.SubmitAsync("/portal/timesheet", "/portal/timesheet",
            [new("Form.EngagementId", scenario.OthersEngagement.Id.ToString()), new("Form.Activity", "Review"), new("Form.WorkDate", day), new("Form.Hours", "1")]);
        foreign.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        foreign.Text.ShouldContain("not one of yours");
        (await EntriesAsync(scenario.Other.Id)).ShouldBeEmpty();

        (await browser.GetAsync("/approvals")).Location.ShouldNotBeNull().ShouldStartWith("/account/login");
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        (await pm.GetAsync("/portal")).Location.ShouldNotBeNull().ShouldStartWith("/portal/sign-in");
    }

    [Fact]
    public async Task The_portal_lists_the_experts_own_issued_statements_and_credit_notes_and_downloads_them_but_never_a_draft_or_anothers()
    {
        var scenario = await ScenarioAsync();
        var period = new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30));
        PayoutStatement Draft(Expert expert, decimal hours) =>
            PayoutStatement.Draft(expert.Id, period, "USD", [new BillingLine("Answer grading — Review, 2026-04-06", expert.Id, Activity.Review, hours, 200m, "USD")], DateTime.UtcNow);
        var (paid, voided, draft, others) = (Draft(scenario.Expert, 2m), Draft(scenario.Expert, 1.5m), Draft(scenario.Expert, 4m), Draft(scenario.Other, 3m));
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            db.AddRange(paid, voided, draft, others);
            return await db.SaveChangesAsync(Cancellation);
        });
        var issued = await app.WithScopeAsync(s => s.GetRequiredService<IssuePayoutStatementsHandler>().HandleAsync(new IssuePayoutStatementsCommand([paid.Id, voided.Id, others.Id]), Cancellation));
        var numbers = issued.Issued.ToDictionary(i => i.Id, i => i.Number);
        await app.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<MarkPayoutStatementPaidHandler>().HandleAsync(new MarkPayoutStatementPaidCommand(paid.Id, DateOnly.FromDateTime(DateTime.UtcNow), "BATCH-9"), Cancellation);
            return true;
        });
        var creditNote = await app.WithScopeAsync(s => s.GetRequiredService<VoidPayoutStatementHandler>().HandleAsync(new VoidPayoutStatementCommand(voided.Id, "Hours booked to the wrong engagement"), Cancellation));
        using var browser = await SignedInExpertAsync(scenario.Expert);

        var portal = await browser.GetAsync("/portal");

        portal.Status.ShouldBe(HttpStatusCode.OK);
        portal.Text.ShouldContain("Your payout statements");
        portal.Text.ShouldContain($"Statement {numbers[paid.Id]}");
        portal.Text.ShouldContain($"Statement {numbers[voided.Id]}");
        portal.Text.ShouldContain($"Credit note {creditNote.Number}");
        portal.Text.ShouldContain("400.00 USD");
        portal.Text.ShouldContain("-300.00 USD");
        portal.Text.ShouldContain($"statement {numbers[voided.Id]}");
        portal.Markup.ShouldContain($"/portal/payout-statements/{paid.Id}.pdf");
        portal.Markup.ShouldNotContain(draft.Id.ToString());
        portal.Text.ShouldNotContain("800.00 USD");
        portal.Markup.ShouldNotContain(others.Id.ToString());
        portal.Text.ShouldNotContain(numbers[others.Id]);

        var download = await browser.Client.GetAsync($"/portal/payout-statements/{paid.Id}.pdf", Cancellation);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe($"{numbers[paid.Id]}.pdf");
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().PayoutStatements.AsNoTracking().Where(p => p.Id == paid.Id).Select(p => p.PdfSha256).SingleAsync(Cancellation));
        Application.Documents.DocumentHash.Sha256Hex(await download.Content.ReadAsByteArrayAsync(Cancellation)).ShouldBe(stored);
        (await browser.Client.GetAsync($"/portal/payout-statements/{creditNote.Id}.pdf", Cancellation)).Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{creditNote.Number}.pdf");
        var foreign = await browser.GetAsync($"/portal/payout-statements/{others.Id}.pdf");
        foreign.Status.ShouldBe(HttpStatusCode.NotFound);
        foreign.Text.ShouldContain("That document is not available");
        (await browser.GetAsync($"/portal/payout-statements/{draft.Id}.pdf")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/portal/payout-statements/{Guid.NewGuid()}.pdf")).Status.ShouldBe(HttpStatusCode.NotFound);
        using var stranger = app.NewBrowser();
        (await stranger.GetAsync($"/portal/payout-statements/{paid.Id}.pdf")).Location.ShouldNotBeNull().ShouldStartWith("/portal/sign-in");
    }

    [Fact]
    public async Task A_program_manager_approves_in_bulk_and_rejects_with_a_reason_and_finance_cannot()
    {
        var scenario = await ScenarioAsync();
        var key = await app.IssueApiKeyAsync(StaffRoles.ProgramManager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (engagement, back, hours) in new[] { (scenario.Engagement, 1, 2m), (scenario.Engagement, 2, 3m), (scenario.OthersEngagement, 1, 4m) })
            (await ApiAsync(HttpMethod.Post, "/api/v1/time-entries", key, new { engagementId = engagement.Id, workDate = today.AddDays(-back), activity = "Review", hours })).Status.ShouldBe(HttpStatusCode.Created);
        var entries = (await EntriesAsync(scenario.Expert.Id)).Concat(await EntriesAsync(scenario.Other.Id)).ToList();

        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var queue = await pm.GetAsync($"/approvals?projectId={scenario.ProjectId}");
        queue.Status.ShouldBe(HttpStatusCode.OK);
        queue.Text.ShouldContain("over the weekly commitment");
        var mine = entries.Where(e => e.ExpertId == scenario.Expert.Id).ToList();
        var approve = await pm.PostAsync("/approvals/approve",
            [.. mine.Select(e => new KeyValuePair<string, string>("selected", $"{e.Id}:{e.Version}")), new("__RequestVerificationToken", queue.AntiforgeryToken)]);
        approve.Status.ShouldBe(HttpStatusCode.Redirect);
        (await EntriesAsync(scenario.Expert.Id)).ShouldAllBe(e => e.Status == TimeEntryStatus.Approved);

        var other = entries.Single(e => e.ExpertId == scenario.Other.Id);
        await pm.PostAsync("/approvals/reject", [new("only", $"{other.Id}:{other.Version}"), new("reason", ""), new("__RequestVerificationToken", queue.AntiforgeryToken)]);
        (await EntriesAsync(scenario.Other.Id)).Single().Status.ShouldBe(TimeEntryStatus.Submitted);
        await pm.PostAsync("/approvals/reject", [new("only", "garbage"), new("__RequestVerificationToken", queue.AntiforgeryToken)]);
        await pm.PostAsync("/approvals/reject", [new("only", $"{other.Id}:{other.Version}"), new("reason", "Only 2 hours were booked that day."), new("__RequestVerificationToken", queue.AntiforgeryToken)]);
        var rejected = (await EntriesAsync(scenario.Other.Id)).Single();
        rejected.Status.ShouldBe(TimeEntryStatus.Rejected);
        rejected.RejectionReason.ShouldBe("Only 2 hours were booked that day.");

        var finance = await app.SharedBrowserAsync(DemoStaff.Finance);
        (await finance.GetAsync("/approvals")).Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
    }

    [Fact]
    public async Task The_time_entries_api_applies_the_portal_rules_and_answers_problems_as_json()
    {
        var scenario = await ScenarioAsync();
        var key = await app.IssueApiKeyAsync(StaffRoles.ProgramManager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var created = await ApiAsync(HttpMethod.Post, "/api/v1/time-entries", key, new { engagementId = scenario.Engagement.Id, workDate = today.AddDays(-1), activity = "Review", hours = 1.5m, note = "Imported" });
        created.Status.ShouldBe(HttpStatusCode.Created);
        created.Json.GetProperty("status").GetString().ShouldBe("Submitted");
        var tooMuch = await ApiAsync(HttpMethod.Post, "/api/v1/time-entries", key, new { engagementId = scenario.Engagement.Id, workDate = today.AddDays(-1), activity = "Review", hours = 23m });
        tooMuch.Status.ShouldBe(HttpStatusCode.BadRequest);
        tooMuch.ContentType.ShouldBe("application/problem+json");
        tooMuch.Json.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("a day has at most 24");
        (await ApiAsync(HttpMethod.Post, "/api/v1/time-entries", key, new { engagementId = Guid.NewGuid(), workDate = today, activity = "Review", hours = 1m })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await ApiAsync(HttpMethod.Post, "/api/v1/time-entries", key, new { engagementId = scenario.Engagement.Id, workDate = "yesterday", activity = "Review", hours = 1m })).Status.ShouldBe(HttpStatusCode.BadRequest);

        var list = await ApiAsync(HttpMethod.Get, $"/api/v1/time-entries?projectId={scenario.ProjectId}&status=Submitted&pageSize=10", key, null);
        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Json.GetProperty("totalCount").GetInt32().ShouldBe(1);
        (await ApiAsync(HttpMethod.Get, "/api/v1/time-entries?status=Paid", key, null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        var finance = await app.IssueApiKeyAsync(StaffRoles.Finance);
        (await ApiAsync(HttpMethod.Get, $"/api/v1/time-entries?projectId={scenario.ProjectId}", finance, null)).Status.ShouldBe(HttpStatusCode.OK);
        (await ApiAsync(HttpMethod.Post, "/api/v1/time-entries", finance, new { engagementId = scenario.Engagement.Id, workDate = today, activity = "Review", hours = 1m })).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<ApiCall> ApiAsync(HttpMethod method, string url, string apiKey, object? body)
    {
        using var browser = app.NewBrowser();
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", apiKey);
        return await ApiCall.SendAsync(browser.Client, request);
    }

    [GeneratedRegex(@"<div class=""alert alert-ok"" role=""status"">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex NoticePattern();

    [GeneratedRegex(@"/portal/link/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();
}
