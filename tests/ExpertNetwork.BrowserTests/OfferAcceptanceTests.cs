using System.Text.RegularExpressions;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace ExpertNetwork.BrowserTests;

public sealed partial class OfferAcceptanceTests : BrowserTest
{
    private readonly BrowserFixture _fixture;

    public OfferAcceptanceTests(BrowserFixture fixture)
        : base(fixture) => _fixture = fixture;

    [Fact]
    public async Task The_expert_opens_the_offer_email_signs_the_client_nda_declares_and_accepts_and_a_declined_offer_says_so()
    {
        // Two oncologists get offers on the demo's hematologic oncology request (Northwind requires its own NDA and a
        // conflict declaration); the program manager's send is the same use case the staffing pages call.
        var (accepting, declining) = await SendTwoOffersAsync();

        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");
        var link = await OfferLinkFromMailboxAsync(accepting.Name);
        await Screenshots.SaveAsync(Page, "offer-email.png");

        var phone = await NewPersonAsync(390, 844, mobile: true);
        try
        {
            await phone.GotoAsync(link);
            await Assertions.Expect(phone.GetByText($"Engagement offer for {accepting.Name}")).ToBeVisibleAsync();
            await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Oncology reasoning evaluation", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(phone.GetByText("Northwind Bio AI", new() { Exact = true })).ToHaveCountAsync(0);
            await Assertions.Expect(phone.GetByRole(AriaRole.Article, new() { Name = "Contract text" })).ToContainTextAsync("Consulting Agreement");
            await Assertions.Expect(phone.Locator("#nda")).ToContainTextAsync("Northwind Bio AI confidentiality addendum");
            await Screenshots.SaveAsync(phone, "offer-page-phone.png");

            // Forgetting the NDA tick is explained; the name and the declaration stay filled in.
            await phone.GetByLabel("Current employers and clients (one per line)").FillAsync("Memorial Oncology Institute");
            await phone.Locator("input[type=checkbox][name='Form.ConflictConfirmed']").CheckAsync();
            await phone.GetByLabel("Your full name").FillAsync(accepting.Name);
            await phone.Locator("input[type=checkbox][name='Form.Consent']").CheckAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Accept the offer" }).ClickAsync();
            await Assertions.Expect(phone.GetByText("Please tick the box to sign the NDA")).ToBeVisibleAsync();
            await Assertions.Expect(phone.GetByLabel("Your full name")).ToHaveValueAsync(accepting.Name);

            await phone.Locator("input[type=checkbox][name='Form.NdaConsent']").CheckAsync();
            await phone.Locator("input[type=checkbox][name='Form.Consent']").CheckAsync();
            await phone.Locator("input[type=checkbox][name='Form.ConflictConfirmed']").CheckAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Accept the offer" }).ClickAsync();
            await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Thank you, you accepted the offer", Level = 1 })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(phone, "offer-accepted-phone.png");

            var download = await phone.RunAndWaitForDownloadAsync(() => phone.GetByRole(AriaRole.Link, new() { Name = "Download the contract PDF" }).ClickAsync());
            using var pdf = PdfDocument.Open(await download.PathAsync());
            var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            text.ShouldContain("Consulting Agreement");
            text.ShouldContain("Evidence of electronic acceptance");
            text.ShouldContain("HeadlessChrome");
            text.ShouldContain("Northwind Bio AI confidentiality addendum, version");
            text.ShouldContain("Memorial Oncology Institute");
        }
        finally
        {
            await phone.Context.CloseAsync();
        }

        // The other expert declines; the link then says so and that nothing else changed.
        var declineLink = await OfferLinkFromMailboxAsync(declining.Name);
        var laptop = await NewPersonAsync(1280, 900, mobile: false);
        try
        {
            await laptop.GotoAsync(declineLink);
            await Screenshots.SaveAsync(laptop, "offer-page-laptop.png");
            await laptop.GetByLabel("Reason (optional, helps us offer better matches)").FillAsync("Fully booked with clinics until June.");
            await laptop.GetByRole(AriaRole.Button, new() { Name = "Decline the offer" }).ClickAsync();
            await Assertions.Expect(laptop.GetByRole(AriaRole.Heading, new() { Name = "Thank you, the offer is declined", Level = 1 })).ToBeVisibleAsync();
            await laptop.GotoAsync(declineLink);
            await Assertions.Expect(laptop.GetByRole(AriaRole.Heading, new() { Name = "You declined this offer", Level = 1 })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(laptop, "offer-closed.png");
        }
        finally
        {
            await laptop.Context.CloseAsync();
        }
    }

    private async Task<string> OfferLinkFromMailboxAsync(string expertName)
    {
        await Page.GotoAsync("/dev/mailbox");
        var message = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = expertName }).GetByRole(AriaRole.Link, new() { Name = "Engagement offer: Oncology reasoning evaluation" });
        for (var attempt = 0; attempt < 60 && await message.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await Page.ReloadAsync();
        }
        await message.First.ClickAsync();
        await Assertions.Expect(Page.GetByText($"Dear {expertName},")).ToBeVisibleAsync();
        var link = await Page.GetByRole(AriaRole.Link, new() { Name = "Review and respond to the offer" }).GetAttributeAsync("href");
        OfferLink().IsMatch(link.ShouldNotBeNull()).ShouldBeTrue(link);
        return link;
    }

    /// <summary>Offers to the first two active oncologists with no Northwind NDA signed who fit the request.</summary>
    private Task<((Guid Id, string Name) Accepting, (Guid Id, string Name) Declining)> SendTwoOffersAsync() =>
        _fixture.WithAppServicesAsync(async services =>
        {
            var db = services.GetRequiredService<ExpertNetworkDbContext>();
            var request = await db.StaffingRequests.SingleAsync(r => r.Title == "Hematologic oncology reviewers", TestContext.Current.CancellationToken);
            var engaged = db.Engagements.Where(e => e.StaffingRequestId == request.Id).Select(e => e.ExpertId);
            var clientSigned = db.NdaAgreements.Where(n => n.Scope == NdaScope.Client && n.Status == NdaStatus.Signed).Select(n => n.ExpertId);
            var candidates = await db.Experts.Where(e => e.Status == ExpertStatus.Active && !engaged.Contains(e.Id) && !clientSigned.Contains(e.Id))
                .OrderBy(e => e.FullName).Select(e => new { e.Id, e.FullName }).ToListAsync(TestContext.Current.CancellationToken);
            var send = services.GetRequiredService<SendOffersHandler>();
            var sent = new List<(Guid, string)>();
            foreach (var candidate in candidates)
            {
                var result = await send.HandleAsync(new SendOffersCommand(request.Id, [candidate.Id]), TestContext.Current.CancellationToken);
                if (result.Sent.Count == 1)
                    sent.Add((candidate.Id, candidate.FullName));
                if (sent.Count == 2)
                    break;
            }
            sent.Count.ShouldBe(2, "the demo data should have two more oncologists who fit the request");
            return (sent[0], sent[1]);
        });

    [GeneratedRegex(@"/offers/[A-Za-z0-9_-]{43}$")]
    private static partial Regex OfferLink();
}
