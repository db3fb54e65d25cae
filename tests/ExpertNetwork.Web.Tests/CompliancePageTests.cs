using System.Net;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed class CompliancePageTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData(DemoStaff.Compliance)]
    [InlineData(DemoStaff.Admin)]
    public async Task Compliance_and_admins_see_the_compliance_dashboard_with_its_lists(string email)
    {
        using var browser = await app.SignedInAsync(email);

        var page = await browser.GetAsync("/compliance");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("<h1>Compliance</h1>");
        page.Text.ShouldContain("Credentials expiring within 30 days");
        page.Text.ShouldContain("Waiting for verification");
        page.Text.ShouldContain("NDAs sent but not signed");
        page.Text.ShouldContain("href=\"/compliance\"");
    }

    [Theory]
    [InlineData("/compliance?expand=PendingVerification")]
    [InlineData("/compliance?expand=nonsense")]
    [InlineData("/compliance?expand=99")]
    public async Task Any_expand_value_gives_a_page_never_an_error(string url)
    {
        using var browser = await app.SignedInAsync(DemoStaff.Compliance);

        var page = await browser.GetAsync(url);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("<h1>Compliance</h1>");
    }

    [Theory]
    [InlineData(DemoStaff.ProgramManager)]
    [InlineData(DemoStaff.Finance)]
    public async Task Other_roles_are_refused_the_page_and_the_scan(string email)
    {
        using var browser = await app.SignedInAsync(email);

        var page = await browser.GetAsync("/compliance");
        var scan = await browser.SubmitAsync("/dashboard", "/compliance/scan", []);

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldStartWith("/account/access-denied");
        scan.Status.ShouldBe(HttpStatusCode.Redirect);
        scan.Location!.ShouldStartWith("/account/access-denied");
    }

    [Fact]
    public async Task Running_the_scan_needs_the_antiforgery_token()
    {
        using var browser = await app.SignedInAsync(DemoStaff.Compliance);

        var refused = await browser.PostAsync("/compliance/scan", []);

        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Running_the_scan_from_the_page_reports_what_it_did_and_a_second_run_finds_nothing_new()
    {
        using var browser = await app.SignedInAsync(DemoStaff.Compliance);

        var first = await browser.SubmitAsync("/compliance", "/compliance/scan", []);
        first.Status.ShouldBe(HttpStatusCode.Redirect);
        first.Location.ShouldBe("/compliance");
        (await browser.GetAsync("/compliance")).Text.ShouldContain("Scan finished:");

        await browser.SubmitAsync("/compliance", "/compliance/scan", []);
        (await browser.GetAsync("/compliance")).Text
            .ShouldContain("Scan finished: 0 credentials and 0 NDAs marked expired; 0 credential and 0 NDA expiry notices queued.");
    }
}
