using System.Net;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed class AdminOverviewTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Admins_reach_mail_jobs_and_templates_from_one_admin_link_and_its_overview()
    {
        using var admin = await app.SignedInAsync(DemoStaff.Admin);

        var overview = await admin.GetAsync("/admin");

        overview.Status.ShouldBe(HttpStatusCode.OK);
        overview.Navigation.ShouldContain("href=\"/admin\"");
        overview.Navigation.ShouldNotContain("href=\"/admin/mail\"");
        overview.Text.ShouldContain("<h1>Administration</h1>");
        overview.Text.ShouldContain("waiting to be sent");
        overview.Text.ShouldContain("scheduled jobs");
        overview.Text.ShouldContain("emails and documents");
        foreach (var page in new[] { "/admin/mail", "/admin/jobs", "/admin/templates" })
        {
            overview.Markup.ShouldContain($"href=\"{page}\"");
            var tabbed = await admin.GetAsync(page);
            tabbed.Status.ShouldBe(HttpStatusCode.OK);
            tabbed.Markup.ShouldContain($"<a class=\"active\" href=\"{page}\">");
        }
    }

    [Theory]
    [InlineData(DemoStaff.ProgramManager)]
    [InlineData(DemoStaff.Finance)]
    public async Task Other_roles_neither_see_the_admin_link_nor_open_the_overview(string email)
    {
        using var browser = await app.SignedInAsync(email);

        var dashboard = await browser.GetAsync("/dashboard");
        var overview = await browser.GetAsync("/admin");

        dashboard.Navigation.ShouldNotContain("href=\"/admin\"");
        overview.Status.ShouldBe(HttpStatusCode.Redirect);
        overview.Location!.ShouldStartWith("/account/access-denied");
    }
}
