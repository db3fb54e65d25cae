using System.Net;
using System.Text.RegularExpressions;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>The NDA link over HTTP: anonymous, one visit, antiforgery on the POST, uncached; staff-only signed copies.</summary>
public sealed partial class NdaLinkTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_expert_without_an_account_opens_the_link_signs_and_downloads_the_signed_pdf()
    {
        var (expertId, name, token) = await SendNdaAsync();
        using var expert = app.NewBrowser();

        var page = await expert.GetAsync($"/nda/{token}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Master confidentiality agreement");
        page.Text.ShouldContain(name);
        page.Navigation.ShouldBeEmpty();
        page.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        page.Response.Headers.GetValues("X-Robots-Tag").ShouldContain("noindex, nofollow");
        page.Markup.ShouldContain("<meta name=\"robots\" content=\"noindex, nofollow\" />");

        var signed = await expert.PostAsync($"/nda/{token}", SignFields(page, name));

        signed.Status.ShouldBe(HttpStatusCode.Redirect);
        signed.Location.ShouldBe($"/nda/{token}");
        var done = await expert.GetAsync($"/nda/{token}");
        done.Status.ShouldBe(HttpStatusCode.OK);
        done.Text.ShouldContain("Thank you, the NDA is signed");
        var pdf = await expert.Client.GetAsync($"/nda/{token}/signed.pdf", Cancellation);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await pdf.Content.ReadAsByteArrayAsync(Cancellation))[..5].ShouldBe("%PDF-"u8.ToArray());
        var signedEvent = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            var agreement = await db.NdaAgreements.Where(n => n.ExpertId == expertId && n.Status == NdaStatus.Signed && n.SignedPdfKey != null)
                .OrderByDescending(n => n.SignedUtc).FirstAsync(Cancellation);
            return await db.AuditEvents.SingleAsync(a => a.EntityId == agreement.Id.ToString() && a.Action == "Signed", Cancellation);
        });
        signedEvent.ActorKind.ShouldBe(ActorKind.Expert);
        signedEvent.ActorName.ShouldBe("Expert via NDA link");
    }

    [Fact]
    public async Task Signing_without_the_antiforgery_token_is_refused_and_the_nda_stays_unsigned()
    {
        var (expertId, name, token) = await SendNdaAsync();
        using var expert = app.NewBrowser();
        var page = await expert.GetAsync($"/nda/{token}");

        var post = await expert.PostAsync($"/nda/{token}", SignFields(page, name).Where(f => f.Key != "__RequestVerificationToken"));

        post.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await StatusOfLatestAsync(expertId)).ShouldBe(NdaStatus.Sent);
    }

    [Fact]
    public async Task A_name_that_is_not_the_experts_is_explained_on_the_page_and_nothing_is_signed()
    {
        var (expertId, _, token) = await SendNdaAsync();
        using var expert = app.NewBrowser();
        var page = await expert.GetAsync($"/nda/{token}");

        var post = await expert.PostAsync($"/nda/{token}", SignFields(page, "Somebody Else"));

        post.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        post.Text.ShouldContain("Please type your full name as it appears at the top of this page.");
        (await StatusOfLatestAsync(expertId)).ShouldBe(NdaStatus.Sent);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    public async Task An_unknown_or_tampered_link_gets_a_clear_not_found_page(string token)
    {
        using var expert = app.NewBrowser();

        var page = await expert.GetAsync($"/nda/{token}");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text.ShouldContain("This link is not valid");
        page.Text.ShouldContain("Nothing has been signed.");
    }

    [Fact]
    public async Task A_revoked_link_says_the_nda_was_withdrawn()
    {
        var (expertId, _, token) = await SendNdaAsync();
        using var compliance = await app.SignedInAsync(DemoStaff.Compliance);
        var ndaId = await LatestAgreementIdAsync(expertId);
        var version = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().NdaAgreements.Where(n => n.Id == ndaId).Select(n => n.Version).SingleAsync(Cancellation));
        var revoked = await compliance.SubmitAsync($"/experts/{expertId}", $"/experts/{expertId}/ndas/{ndaId}/revoke",
            [new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("reason", "Sent to the wrong expert")]);
        revoked.Status.ShouldBe(HttpStatusCode.Redirect);

        using var expert = app.NewBrowser();
        var page = await expert.GetAsync($"/nda/{token}");

        page.Status.ShouldBe(HttpStatusCode.Gone);
        page.Text.ShouldContain("This NDA was withdrawn");
    }

    [Fact]
    public async Task Signed_pdfs_are_for_staff_who_read_experts_and_finance_is_refused()
    {
        var (expertId, name, token) = await SendNdaAsync();
        using (var expert = app.NewBrowser())
        {
            var page = await expert.GetAsync($"/nda/{token}");
            (await expert.PostAsync($"/nda/{token}", SignFields(page, name))).Status.ShouldBe(HttpStatusCode.Redirect);
        }
        var ndaId = await LatestAgreementIdAsync(expertId);
        var url = $"/experts/{expertId}/ndas/{ndaId}/signed.pdf";

        using var anonymous = app.NewBrowser();
        (await anonymous.Client.GetAsync(url, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var finance = await app.SharedBrowserAsync(DemoStaff.Finance);
        var refused = await finance.Client.GetAsync(url, Cancellation);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.PathAndQuery.ShouldStartWith("/account/access-denied");
        foreach (var reader in new[] { DemoStaff.ProgramManager, DemoStaff.Compliance, DemoStaff.Admin })
        {
            var staff = await app.SharedBrowserAsync(reader);
            var pdf = await staff.Client.GetAsync(url, Cancellation);
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK, reader);
            pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        }
    }

    [Fact]
    public async Task Only_compliance_and_admins_send_ndas()
    {
        var expertId = await ExpertWithoutPendingMasterNdaAsync();
        var templateId = await CurrentMasterTemplateAsync();
        foreach (var user in new[] { DemoStaff.ProgramManager, DemoStaff.Finance })
        {
            var browser = await app.SharedBrowserAsync(user);
            var dashboardToken = (await browser.GetAsync("/dashboard")).AntiforgeryToken;
            var post = await browser.PostAsync($"/experts/{expertId}/ndas",
                [new("templateId", templateId.ToString()), new("signByDays", "14"), new("__RequestVerificationToken", dashboardToken)]);
            post.Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied", customMessage: user);
        }
        (await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().NdaAgreements
            .CountAsync(n => n.ExpertId == expertId && n.Status == NdaStatus.Sent, Cancellation))).ShouldBe(0);
    }

    /// <summary>Compliance sends the current master NDA from the expert's page; the token comes from the queued email.</summary>
    private async Task<(Guid ExpertId, string Name, string Token)> SendNdaAsync()
    {
        var expertId = await ExpertWithoutPendingMasterNdaAsync();
        var compliance = await app.SharedBrowserAsync(DemoStaff.Compliance);
        var templateId = await CurrentMasterTemplateAsync();
        var sent = await compliance.SubmitAsync($"/experts/{expertId}", $"/experts/{expertId}/ndas", [new("templateId", templateId.ToString()), new("signByDays", "14")]);
        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var profile = await compliance.GetAsync($"/experts/{expertId}");
        profile.Text.ShouldContain("The NDA is sent.");
        return await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            var expert = await db.Experts.SingleAsync(e => e.Id == expertId, Cancellation);
            var mail = await db.OutboxMessages.Where(m => m.ToAddress == expert.Email && m.Subject.StartsWith("Please sign"))
                .OrderByDescending(m => m.CreatedUtc).FirstAsync(Cancellation);
            return (expertId, expert.FullName, LinkPattern().Match(await app.DeliveredTextAsync(mail.MessageId)).Groups[1].Value);
        });
    }

    private static readonly SemaphoreSlim ExpertPick = new(1, 1);

    private async Task<Guid> ExpertWithoutPendingMasterNdaAsync()
    {
        // One pick at a time: each test takes an expert with no master NDA waiting, then sends one to them.
        await ExpertPick.WaitAsync(Cancellation);
        try
        {
            return await app.WithScopeAsync(async s =>
            {
                var db = s.GetRequiredService<ExpertNetworkDbContext>();
                // Neither waiting for a signature nor already signed through a link in this app: each test gets an expert of its own.
                var pending = db.NdaAgreements.Where(n => (n.Status == NdaStatus.Sent || n.SignedPdfKey != null) && n.Scope == NdaScope.Master).Select(n => n.ExpertId);
                var id = await db.Experts.Where(e => e.Status != ExpertNetwork.Domain.Experts.ExpertStatus.Archived && !pending.Contains(e.Id))
                    .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Cancellation);
                return id;
            });
        }
        finally
        {
            ExpertPick.Release();
        }
    }

    private Task<Guid> CurrentMasterTemplateAsync() => app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().NdaTemplates
        .Where(t => t.Scope == NdaScope.Master && t.RetiredUtc == null).Select(t => t.Id).SingleAsync(Cancellation));

    private Task<Guid> LatestAgreementIdAsync(Guid expertId) => app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().NdaAgreements
        .Where(n => n.ExpertId == expertId).OrderByDescending(n => n.SentUtc).Select(n => n.Id).FirstAsync(Cancellation));

    private Task<NdaStatus> StatusOfLatestAsync(Guid expertId) => app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().NdaAgreements
        .Where(n => n.ExpertId == expertId).OrderByDescending(n => n.SentUtc).Select(n => n.Status).FirstAsync(Cancellation));

    private static List<KeyValuePair<string, string>> SignFields(HtmlPage page, string name) =>
    [
        new("Form.FullName", name),
        new("Form.Consent", "true"),
        new("Form.DocumentSha256", HiddenHash().Match(page.Markup).Groups[1].Value),
        new("__RequestVerificationToken", page.AntiforgeryToken),
    ];

    [GeneratedRegex(@"/nda/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"name=""Form.DocumentSha256""[^>]*value=""([0-9a-f]{64})""")]
    private static partial Regex HiddenHash();
}
