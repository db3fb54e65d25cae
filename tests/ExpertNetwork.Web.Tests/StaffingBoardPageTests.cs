using System.Net;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed class StaffingBoardPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData(DemoStaff.ProgramManager)]
    [InlineData(DemoStaff.Admin)]
    public async Task Program_managers_and_admins_see_the_open_requests_with_their_progress(string email)
    {
        using var browser = await app.SignedInAsync(email);

        var page = await browser.GetAsync("/staffing");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("<h1>Staffing board</h1>");
        page.Text.ShouldContain("aria-label=\"Staffing requests\"");
        page.Text.ShouldContain("seats filled");
        page.Text.ShouldContain("href=\"/staffing\"");
    }

    [Theory]
    [InlineData("/staffing?status=Filled")]
    [InlineData("/staffing?status=closed")]
    [InlineData("/staffing?status=all")]
    public async Task Every_status_tab_opens(string url)
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);

        var page = await browser.GetAsync(url);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldNotContain("is not a request status");
    }

    [Theory]
    [InlineData("Pending")]
    [InlineData("7")]
    public async Task An_unknown_status_is_explained_and_the_open_requests_are_shown(string status)
    {
        using var browser = await app.SignedInAsync(DemoStaff.ProgramManager);

        var page = await browser.GetAsync($"/staffing?status={status}");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain($"'{status}' is not a request status; showing open requests.");
    }

    [Theory]
    [InlineData(DemoStaff.Compliance)]
    [InlineData(DemoStaff.Finance)]
    public async Task Other_roles_are_refused_the_board(string email)
    {
        using var browser = await app.SignedInAsync(email);

        var page = await browser.GetAsync("/staffing");

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldStartWith("/account/access-denied");
    }
}
