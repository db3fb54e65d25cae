using System.Net;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed class HealthAndHeadersTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task The_liveness_check_answers_ok()
    {
        using var browser = app.NewBrowser();

        var live = await browser.GetAsync("/health/live");

        live.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_readiness_check_reports_healthy_when_the_database_is_up_to_date()
    {
        using var browser = app.NewBrowser();

        var ready = await browser.GetAsync("/health/ready");

        ready.Status.ShouldBe(HttpStatusCode.OK);
        ready.Text.ShouldBe("Healthy");
    }

    [Theory]
    [InlineData("/account/login", null)]
    [InlineData("/account/access-denied", null)]
    [InlineData("/no/such/page", null)]
    [InlineData("/dashboard", DemoStaff.Admin)]
    [InlineData("/experts", DemoStaff.Admin)]
    [InlineData("/experts/not-a-guid", DemoStaff.Admin)]
    public async Task Every_html_page_carries_the_security_headers(string url, string? signedInAs)
    {
        var browser = signedInAs is null ? app.NewBrowser() : await app.SharedBrowserAsync(signedInAs);

        var page = await browser.GetAsync(url);

        page.ContentType.ShouldBe("text/html");
        var headers = page.Response.Headers;
        var policy = headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("default-src 'self'");
        headers.GetValues("X-Content-Type-Options").ShouldHaveSingleItem().ShouldBe("nosniff");
        headers.GetValues("X-Frame-Options").ShouldHaveSingleItem().ShouldBe("DENY");
        headers.GetValues("Referrer-Policy").ShouldHaveSingleItem().ShouldBe("no-referrer");
    }

    [Fact]
    public async Task An_unknown_address_shows_the_friendly_not_found_page()
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync("/no/such/page");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text.ShouldContain("<h1>Page not found</h1>");
        page.Text.ShouldContain("There is nothing at this address.");
        page.Markup.ShouldContain("<a class=\"button\" href=\"/\">Go to the start page</a>");
    }
}
