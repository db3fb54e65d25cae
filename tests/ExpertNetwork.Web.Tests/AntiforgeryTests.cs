using System.Net;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed class AntiforgeryTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Signing_in_without_the_antiforgery_token_is_refused()
    {
        using var browser = app.NewBrowser();
        await browser.GetAsync("/account/login");

        var signIn = await browser.PostAsync("/account/login", [new("Email", DemoStaff.Admin), new("Password", DemoStaff.Password)]);

        signIn.Status.ShouldBe(HttpStatusCode.BadRequest);
        signIn.SetCookies.ShouldNotContain(c => c.StartsWith(Browser.AuthCookieName + "=", StringComparison.Ordinal));
        (await browser.GetAsync("/dashboard")).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused_and_the_user_stays_signed_in()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);

        var signOut = await browser.PostAsync("/account/logout", []);

        signOut.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.GetAsync("/dashboard")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_out_with_the_token_from_the_page_ends_the_session()
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);

        var signOut = await browser.SubmitAsync("/dashboard", "/account/logout", []);

        signOut.Status.ShouldBe(HttpStatusCode.Redirect);
        signOut.Location.ShouldBe("/account/login");
        var dashboard = await browser.GetAsync("/dashboard");
        dashboard.Status.ShouldBe(HttpStatusCode.Redirect);
        dashboard.Location.ShouldBe("/account/login?ReturnUrl=%2Fdashboard");
    }
}
