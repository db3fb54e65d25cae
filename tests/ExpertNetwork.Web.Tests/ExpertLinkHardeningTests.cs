using System.Net;
using System.Net.Http.Json;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>
/// Expert links as a real deployment sees them: built only on the configured public address whatever Host a caller
/// sends, limited per link and address so that a hospital's experts behind one NAT are never refused, and acted on in
/// the expert's name even from a browser that also holds a staff cookie. The default link limit (30 a minute) is kept.
/// </summary>
public sealed class ExpertLinkHardeningTests(ExpertLinkHardeningTests.PublicApp app) : IClassFixture<ExpertLinkHardeningTests.PublicApp>
{
    public const string PublicAddress = "https://experts.example.test/";

    public sealed class PublicApp : WebApp
    {
        public PublicApp() => Settings["ExpertLinks:BaseUrl"] = PublicAddress;
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Forty_experts_behind_one_address_each_open_and_accept_their_own_offer_in_the_same_minute()
    {
        var (requestId, experts) = await OfferScenario.CreateAsync(app, expertCount: 40, seats: 40);
        var key = await app.IssueApiKeyAsync(StaffRoles.ProgramManager);
        (await SendOffersAsync(requestId, key, experts.Select(e => e.Id), host: null)).Status.ShouldBe(HttpStatusCode.OK);
        var links = await OfferLinksAsync(experts.Select(e => e.Email));
        links.Count.ShouldBe(40);

        // Every expert's browser comes from the same address (the test server's), as a hospital's NAT makes it: each
        // opens the offer, is fetched once more by the mail scanner, and accepts.
        var refused = new List<string>();
        foreach (var expert in experts)
        {
            var token = links[expert.Email];
            using var scanner = app.NewBrowser();
            using var browser = app.NewBrowser();
            var scanned = await scanner.GetAsync($"/offers/{token}");
            var page = await browser.GetAsync($"/offers/{token}");
            var accepted = await browser.PostAsync($"/offers/{token}/accept", OfferScenario.AcceptFields(page, expert.FullName));
            var done = await browser.GetAsync($"/offers/{token}");
            foreach (var response in new[] { scanned, page, accepted, done }.Where(r => r.Status == HttpStatusCode.TooManyRequests))
                refused.Add($"{expert.FullName}: {response.Status}");
            accepted.Status.ShouldBe(HttpStatusCode.Redirect, accepted.Text);
        }

        refused.ShouldBeEmpty();
        var engagements = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().Engagements.AsNoTracking()
            .Where(e => e.StaffingRequestId == requestId).Select(e => e.Status).ToListAsync(Cancellation));
        engagements.Count(s => s == EngagementStatus.Accepted).ShouldBe(40);
    }

    [Fact]
    public async Task One_client_hammering_one_link_is_limited_while_another_link_from_the_same_address_still_opens()
    {
        var (requestId, experts) = await OfferScenario.CreateAsync(app, expertCount: 2, seats: 2);
        var key = await app.IssueApiKeyAsync(StaffRoles.ProgramManager);
        (await SendOffersAsync(requestId, key, experts.Select(e => e.Id), host: null)).Status.ShouldBe(HttpStatusCode.OK);
        var links = await OfferLinksAsync(experts.Select(e => e.Email));
        using var hammer = app.NewBrowser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
            statuses.Add((await hammer.GetAsync($"/offers/{links[experts[0].Email]}")).Status);
        using var colleague = app.NewBrowser();
        var other = await colleague.GetAsync($"/offers/{links[experts[1].Email]}");

        statuses.Take(30).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses[30].ShouldBe(HttpStatusCode.TooManyRequests);
        other.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_offer_sent_through_the_api_with_a_forged_host_header_links_to_the_configured_address()
    {
        var (requestId, experts) = await OfferScenario.CreateAsync(app, expertCount: 1, seats: 1);
        var key = await app.IssueApiKeyAsync(StaffRoles.ProgramManager);

        var call = await SendOffersAsync(requestId, key, [experts[0].Id], host: "attacker.example");

        call.Status.ShouldBe(HttpStatusCode.OK, call.Body);
        var mail = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.ToAddress == experts[0].Email, Cancellation));
        var delivered = await app.DeliveredTextAsync(mail.MessageId);
        delivered.ShouldContain(PublicAddress + "offers/");
        delivered.ShouldNotContain("attacker.example");
        mail.HtmlBody.ShouldNotContain("attacker.example");
    }

    [Fact]
    public async Task An_offer_accepted_from_a_browser_that_also_holds_a_staff_cookie_is_recorded_as_the_experts_act()
    {
        var (requestId, experts) = await OfferScenario.CreateAsync(app, expertCount: 1, seats: 1);
        var key = await app.IssueApiKeyAsync(StaffRoles.ProgramManager);
        (await SendOffersAsync(requestId, key, [experts[0].Id], host: null)).Status.ShouldBe(HttpStatusCode.OK);
        var token = (await OfferLinksAsync([experts[0].Email]))[experts[0].Email];
        using var pmLaptop = await app.SignedInAsync(DemoStaff.ProgramManager);

        var page = await pmLaptop.GetAsync($"/offers/{token}");
        var accepted = await pmLaptop.PostAsync($"/offers/{token}/accept", OfferScenario.AcceptFields(page, experts[0].FullName));

        accepted.Status.ShouldBe(HttpStatusCode.Redirect, accepted.Text);
        var events = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            var engagementId = (await db.Engagements.SingleAsync(e => e.StaffingRequestId == requestId, Cancellation)).Id.ToString();
            return await db.AuditEvents.AsNoTracking().Where(a => a.EntityId == engagementId && a.Action.Contains("Accepted")).ToListAsync(Cancellation);
        });
        var acceptance = events.ShouldHaveSingleItem();
        acceptance.ActorKind.ShouldBe(ActorKind.Expert);
        acceptance.ActorName.ShouldBe("Expert via OFFER link");
        acceptance.ActorName.ShouldNotContain(DemoStaff.ProgramManager);
    }

    private async Task<ApiCall> SendOffersAsync(Guid requestId, string key, IEnumerable<Guid> expertIds, string? host)
    {
        using var browser = app.NewBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/staffing-requests/{requestId}/offers")
        {
            Content = JsonContent.Create(new { expertIds = expertIds.ToArray() }),
        };
        request.Headers.Add("X-Api-Key", key);
        if (host is not null)
            request.Headers.Host = host;
        return await ApiCall.SendAsync(browser.Client, request);
    }

    private Task<Dictionary<string, string>> OfferLinksAsync(IEnumerable<string> emails)
    {
        var wanted = emails.ToList();
        return app.WithScopeAsync(async s =>
        {
            // The link as the expert receives it: once sent, the outbox row keeps no working token.
            var mails = await s.GetRequiredService<ExpertNetworkDbContext>().OutboxMessages.AsNoTracking()
                .Where(m => wanted.Contains(m.ToAddress) && m.Subject.StartsWith("Engagement offer"))
                .Select(m => new { m.ToAddress, m.MessageId }).ToListAsync(Cancellation);
            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var mail in mails)
                links[mail.ToAddress] = OfferScenario.LinkPattern().Match(await app.DeliveredTextAsync(mail.MessageId)).Groups[1].Value;
            return links;
        });
    }
}
