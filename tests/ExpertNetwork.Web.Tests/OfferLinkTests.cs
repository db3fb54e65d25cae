using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>
/// Offers over HTTP: the program manager's send action and API, and the expert's link (anonymous, uncached, GET
/// changes nothing, antiforgery on every POST, clear pages for every closed state, never a 500).
/// </summary>
public sealed partial class OfferLinkTests : IClassFixture<WebApp>
{
    private readonly WebApp app;

    public OfferLinkTests(WebApp app)
    {
        // This class opens many links from one address; the per-address limit has tests of its own.
        app.Settings["ExpertLinks:RequestsPerMinute"] = "1000";
        this.app = app;
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_program_manager_sends_offers_and_lands_on_the_request_with_who_was_refused_and_why()
    {
        var (requestId, experts) = await ScenarioAsync(expertCount: 2, suspendLast: true);
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);
        var token = (await pm.GetAsync("/staffing")).AntiforgeryToken;

        var sent = await pm.PostAsync($"/staffing/{requestId}/offers",
            [.. experts.Select(e => new KeyValuePair<string, string>("expertIds", e.Id.ToString())), new("__RequestVerificationToken", token)]);

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        sent.Location.ShouldBe($"/staffing/{requestId}");
        var engagements = await EngagementsAsync(requestId);
        engagements.ShouldHaveSingleItem().ExpertId.ShouldBe(experts[0].Id);
        engagements[0].Status.ShouldBe(EngagementStatus.Offered);
    }

    [Fact]
    public async Task Finance_cannot_send_offers()
    {
        var (requestId, experts) = await ScenarioAsync(expertCount: 1);
        var finance = await app.SharedBrowserAsync(DemoStaff.Finance);
        var token = (await finance.GetAsync("/dashboard")).AntiforgeryToken;

        var post = await finance.PostAsync($"/staffing/{requestId}/offers", [new("expertIds", experts[0].Id.ToString()), new("__RequestVerificationToken", token)]);

        post.Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
        (await EngagementsAsync(requestId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_api_sends_offers_and_lists_the_refused_with_reasons()
    {
        var (requestId, experts) = await ScenarioAsync(expertCount: 2, suspendLast: true);
        var key = await app.IssueApiKeyAsync(StaffRoles.ProgramManager);

        var call = await ApiAsync($"/api/v1/staffing-requests/{requestId}/offers", key, new { expertIds = experts.Select(e => e.Id) });

        call.Status.ShouldBe(HttpStatusCode.OK);
        call.Json.GetProperty("sent").GetArrayLength().ShouldBe(1);
        var refused = call.Json.GetProperty("refused")[0];
        refused.GetProperty("expertId").GetGuid().ShouldBe(experts[1].Id);
        refused.GetProperty("reason").GetString().ShouldNotBeNull().ShouldContain("Suspended");
        (await ApiAsync($"/api/v1/staffing-requests/{Guid.NewGuid()}/offers", key, new { expertIds = new[] { experts[0].Id } })).Status.ShouldBe(HttpStatusCode.NotFound);
        var empty = await ApiAsync($"/api/v1/staffing-requests/{requestId}/offers", key, new { expertIds = Array.Empty<Guid>() });
        empty.Status.ShouldBe(HttpStatusCode.BadRequest);
        empty.ContentType.ShouldBe("application/problem+json");
        var finance = await app.IssueApiKeyAsync(StaffRoles.Finance);
        (await ApiAsync($"/api/v1/staffing-requests/{requestId}/offers", finance, new { expertIds = new[] { experts[0].Id } })).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_scanner_fetching_the_offer_and_its_contract_preview_changes_nothing()
    {
        var (requestId, token, _) = await OfferedAsync();
        var before = await SnapshotAsync(requestId);
        using var scanner = app.NewBrowser();

        var page = await scanner.GetAsync($"/offers/{token}");
        var preview = await scanner.Client.GetAsync($"/offers/{token}/contract.pdf", Cancellation);
        await scanner.GetAsync($"/offers/{token}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Accept the offer");
        page.Text.ShouldContain("Consulting Agreement");
        page.Navigation.ShouldBeEmpty();
        page.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        page.Response.Headers.GetValues("X-Robots-Tag").ShouldContain("noindex, nofollow");
        page.Markup.ShouldContain("/js/offer-opened.js");
        page.Markup.ShouldNotContain("<script>");
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        preview.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        preview.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        preview.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await SnapshotAsync(requestId)).ShouldBe(before);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    public async Task An_unknown_or_altered_link_gets_a_clear_not_found_page_for_every_action(string token)
    {
        using var expert = app.NewBrowser();

        var page = await expert.GetAsync($"/offers/{token}");
        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text.ShouldContain("This link is not valid");
        page.Text.ShouldContain("Nothing has been accepted or signed.");
        (await expert.GetAsync($"/offers/{token}/contract.pdf")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await expert.GetAsync($"/offers/{token}/accepted.pdf")).Status.ShouldBe(HttpStatusCode.NotFound);
        var antiforgery = (await expert.GetAsync("/account/login")).AntiforgeryToken;
        var post = await expert.PostAsync($"/offers/{token}/accept", [new("Form.FullName", "X"), new("Form.Consent", "true"), new("__RequestVerificationToken", antiforgery)]);
        post.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_missing_name_and_consent_keep_the_form_with_both_messages_and_nothing_changes()
    {
        var (requestId, token, _) = await OfferedAsync();
        using var expert = app.NewBrowser();
        var page = await expert.GetAsync($"/offers/{token}");

        var post = await expert.PostAsync($"/offers/{token}/accept", AcceptFields(page, name: "", consent: false));

        post.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        post.Text.ShouldContain("Type your full name to accept.");
        post.Text.ShouldContain("Please tick the box to confirm that you accept the engagement");
        post.Text.ShouldContain("Accept the offer");
        var engagement = (await EngagementsAsync(requestId)).Single();
        engagement.Status.ShouldBe(EngagementStatus.Offered);
        (await SeatsFilledAsync(requestId)).ShouldBe(0);
    }

    [Fact]
    public async Task Accepting_without_the_antiforgery_token_is_refused_and_the_offer_stays_open()
    {
        var (requestId, token, name) = await OfferedAsync();
        using var expert = app.NewBrowser();
        var page = await expert.GetAsync($"/offers/{token}");

        var post = await expert.PostAsync($"/offers/{token}/accept", AcceptFields(page, name).Where(f => f.Key != "__RequestVerificationToken"));

        post.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await EngagementsAsync(requestId)).Single().Status.ShouldBe(EngagementStatus.Offered);
    }

    [Fact]
    public async Task An_expert_without_an_account_accepts_sees_the_accepted_page_and_downloads_the_contract()
    {
        var (requestId, token, name) = await OfferedAsync();
        using var expert = app.NewBrowser();
        var page = await expert.GetAsync($"/offers/{token}");

        var accepted = await expert.PostAsync($"/offers/{token}/accept", AcceptFields(page, name));

        accepted.Status.ShouldBe(HttpStatusCode.Redirect);
        accepted.Location.ShouldBe($"/offers/{token}");
        var done = await expert.GetAsync($"/offers/{token}");
        done.Status.ShouldBe(HttpStatusCode.OK);
        done.Text.ShouldContain("Thank you, you accepted the offer");
        var pdf = await expert.Client.GetAsync($"/offers/{token}/accepted.pdf", Cancellation);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pdf.Content.ReadAsByteArrayAsync(Cancellation))[..5].ShouldBe("%PDF-"u8.ToArray());
        (await expert.GetAsync($"/offers/{token}/contract.pdf")).Status.ShouldBe(HttpStatusCode.NotFound);
        var again = await expert.PostAsync($"/offers/{token}/accept", AcceptFields(page, name));
        again.Location.ShouldBe($"/offers/{token}");
        (await SeatsFilledAsync(requestId)).ShouldBe(1);
        var engagement = (await EngagementsAsync(requestId)).Single();
        var acceptedEvent = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().AuditEvents
            .SingleAsync(a => a.EntityId == engagement.Id.ToString() && a.Action.Contains("Accepted"), Cancellation));
        acceptedEvent.ActorKind.ShouldBe(ActorKind.Expert);
        acceptedEvent.ActorName.ShouldBe("Expert via OFFER link");
    }

    [Fact]
    public async Task The_opened_beacon_is_a_post_with_antiforgery_and_marks_the_first_view()
    {
        var (requestId, token, _) = await OfferedAsync();
        using var expert = app.NewBrowser();
        var page = await expert.GetAsync($"/offers/{token}");

        (await expert.PostAsync($"/offers/{token}/opened", [])).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await EngagementsAsync(requestId)).Single().OfferOpenedUtc.ShouldBeNull();
        var beacon = await expert.PostAsync($"/offers/{token}/opened", [new("__RequestVerificationToken", page.AntiforgeryToken)]);

        beacon.Status.ShouldBe(HttpStatusCode.NoContent);
        (await EngagementsAsync(requestId)).Single().OfferOpenedUtc.ShouldNotBeNull();
    }

    [Fact]
    public async Task Declining_with_a_reason_thanks_the_expert_and_the_link_then_says_it_was_declined()
    {
        var (requestId, token, _) = await OfferedAsync();
        using var expert = app.NewBrowser();
        var page = await expert.GetAsync($"/offers/{token}");

        var declined = await expert.PostAsync($"/offers/{token}/decline", [new("Decline.Reason", "On call all of April."), new("__RequestVerificationToken", page.AntiforgeryToken)]);

        declined.Status.ShouldBe(HttpStatusCode.Redirect);
        (await expert.GetAsync($"/offers/{token}")).Text.ShouldContain("Thank you, the offer is declined");
        var later = await expert.GetAsync($"/offers/{token}");
        later.Status.ShouldBe(HttpStatusCode.Gone);
        later.Text.ShouldContain("You declined this offer");
        (await EngagementsAsync(requestId)).Single().DeclineReason.ShouldBe("On call all of April.");
    }

    [Theory]
    [InlineData("withdrawn", "This offer was withdrawn")]
    [InlineData("closed", "This role is no longer open")]
    [InlineData("filled", "All seats have been filled")]
    public async Task A_closed_offer_says_why_and_that_nothing_changed(string how, string title)
    {
        var (requestId, token, name) = await OfferedAsync();
        using var expert = app.NewBrowser();
        var page = await expert.GetAsync($"/offers/{token}");
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            var request = await db.StaffingRequests.SingleAsync(r => r.Id == requestId, Cancellation);
            var engagement = await db.Engagements.SingleAsync(e => e.StaffingRequestId == requestId, Cancellation);
            switch (how)
            {
                case "withdrawn":
                    engagement.Withdraw("The client reduced the scope.", DateTime.UtcNow);
                    break;
                case "closed":
                    request.Close("Client paused the program.", DateTime.UtcNow);
                    break;
                default:
                    request.TakeSeat(DateTime.UtcNow);
                    break;
            }
            return await db.SaveChangesAsync(Cancellation);
        });

        var closed = await expert.GetAsync($"/offers/{token}");
        closed.Status.ShouldBe(HttpStatusCode.Gone);
        closed.Text.ShouldContain(title);
        closed.Text.ShouldContain("Nothing has been accepted or signed.");
        var post = await expert.PostAsync($"/offers/{token}/accept", AcceptFields(page, name));
        ((int)post.Status).ShouldBeOneOf(409, 410);
        post.Text.ShouldContain(title);
        (await EngagementsAsync(requestId)).Single().Status.ShouldNotBe(EngagementStatus.Accepted);
    }

    private Task<(Guid RequestId, List<Expert> Experts)> ScenarioAsync(int expertCount, bool suspendLast = false) =>
        OfferScenario.CreateAsync(app, expertCount, seats: 1, suspendLast);

    private async Task<(Guid RequestId, string Token, string Name)> OfferedAsync()
    {
        var (requestId, experts) = await ScenarioAsync(expertCount: 1);
        var key = await app.IssueApiKeyAsync(StaffRoles.ProgramManager);
        (await ApiAsync($"/api/v1/staffing-requests/{requestId}/offers", key, new { expertIds = new[] { experts[0].Id } })).Status.ShouldBe(HttpStatusCode.OK);
        var token = await app.WithScopeAsync(async s =>
        {
            var mail = await s.GetRequiredService<ExpertNetworkDbContext>().OutboxMessages
                .Where(m => m.ToAddress == experts[0].Email && m.Subject.StartsWith("Engagement offer")).FirstAsync(Cancellation);
            return LinkPattern().Match(await app.DeliveredTextAsync(mail.MessageId)).Groups[1].Value;
        });
        return (requestId, token, experts[0].FullName);
    }

    private async Task<ApiCall> ApiAsync(string url, string apiKey, object body)
    {
        using var browser = app.NewBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", apiKey);
        return await ApiCall.SendAsync(browser.Client, request);
    }

    private Task<List<Engagement>> EngagementsAsync(Guid requestId) => app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().Engagements
        .AsNoTracking().Where(e => e.StaffingRequestId == requestId).ToListAsync(Cancellation));

    private Task<int> SeatsFilledAsync(Guid requestId) => app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().StaffingRequests
        .Where(r => r.Id == requestId).Select(r => r.SeatsFilled).SingleAsync(Cancellation));

    private Task<string> SnapshotAsync(Guid requestId) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<ExpertNetworkDbContext>();
        var engagement = await db.Engagements.AsNoTracking().SingleAsync(e => e.StaffingRequestId == requestId, Cancellation);
        // Audit events of the offer's own records: the mail dispatcher audits its outbox rows meanwhile.
        var ids = new[] { engagement.Id.ToString(), requestId.ToString(), engagement.ExpertId.ToString() };
        var audit = await db.AuditEvents.CountAsync(a => ids.Contains(a.EntityId), Cancellation);
        return $"{engagement.Status}/{engagement.Version}/{engagement.OfferOpenedUtc}/{audit}";
    });

    private static List<KeyValuePair<string, string>> AcceptFields(HtmlPage page, string name, bool consent = true) =>
        OfferScenario.AcceptFields(page, name, consent);

    private static Regex LinkPattern() => OfferScenario.LinkPattern();
}
