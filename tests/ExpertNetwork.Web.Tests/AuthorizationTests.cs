using System.Net;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed class AuthorizationTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData("/dashboard", "/account/login?ReturnUrl=%2Fdashboard")]
    [InlineData("/experts", "/account/login?ReturnUrl=%2Fexperts")]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_brought_back_afterwards(string page, string signInPage)
    {
        using var browser = app.NewBrowser();

        var response = await browser.GetAsync(page);

        response.Status.ShouldBe(HttpStatusCode.Redirect);
        response.Location.ShouldBe(signInPage);
    }

    [Fact]
    public async Task Finance_may_open_the_dashboard_but_is_refused_the_expert_registry()
    {
        using var browser = await app.SignedInAsync(DemoStaff.Finance);
        var (expertId, _) = await app.ExpertWithFullRecordAsync();

        var dashboard = await browser.GetAsync("/dashboard");
        var experts = await browser.GetAsync("/experts");
        var profile = await browser.GetAsync($"/experts/{expertId}");
        var denied = await browser.GetAsync(experts.Location!);

        dashboard.Status.ShouldBe(HttpStatusCode.OK);
        dashboard.Text.ShouldContain("Finance dashboard");
        experts.Status.ShouldBe(HttpStatusCode.Redirect);
        experts.Location.ShouldBe("/account/access-denied?ReturnUrl=%2Fexperts");
        profile.Location.ShouldBe($"/account/access-denied?ReturnUrl=%2Fexperts%2F{expertId}");
        denied.Status.ShouldBe(HttpStatusCode.Forbidden);
        denied.Text.ShouldContain("<h1>Not allowed</h1>");
        denied.Text.ShouldContain("Your role does not give access to that page.");
    }

    [Theory]
    [InlineData(DemoStaff.ProgramManager)]
    [InlineData(DemoStaff.Compliance)]
    [InlineData(DemoStaff.Admin)]
    public async Task Staff_who_work_with_experts_may_open_the_registry_and_a_profile(string email)
    {
        using var browser = await app.SignedInAsync(email);
        var (expertId, _) = await app.ExpertWithFullRecordAsync();

        var list = await browser.GetAsync("/experts");
        var profile = await browser.GetAsync($"/experts/{expertId}");

        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Text.ShouldContain("<h1>Experts</h1>");
        profile.Status.ShouldBe(HttpStatusCode.OK);
        profile.Text.ShouldContain("<h2>Credentials</h2>");
    }

    [Theory]
    [InlineData(DemoStaff.Admin, true)]
    [InlineData(DemoStaff.ProgramManager, true)]
    [InlineData(DemoStaff.Compliance, true)]
    [InlineData(DemoStaff.Finance, false)]
    public async Task The_navigation_shows_the_experts_link_only_to_roles_that_may_open_it(string email, bool showsExperts)
    {
        using var browser = await app.SignedInAsync(email);

        var dashboard = await browser.GetAsync("/dashboard");

        dashboard.Navigation.ShouldContain("href=\"/dashboard\"");
        dashboard.Navigation.Contains("href=\"/experts\"", StringComparison.Ordinal).ShouldBe(showsExperts);
        dashboard.Text.Contains("Browse the expert registry", StringComparison.Ordinal).ShouldBe(showsExperts);
    }

    [Fact]
    public async Task Anonymous_visitors_see_no_navigation()
    {
        using var browser = app.NewBrowser();

        var signInPage = await browser.GetAsync("/account/login");

        signInPage.Navigation.ShouldBeEmpty();
        signInPage.Markup.ShouldNotContain("href=\"/experts\"");
    }
}
