using System.Net;
using ExpertNetwork.Web.Tests.Support;

namespace ExpertNetwork.Web.Tests;

public sealed class NdaLinkRateLimitTests : IDisposable
{
    private readonly WebApp _app = new();

    public NdaLinkRateLimitTests() => _app.Settings["ExpertLinks:RequestsPerMinute"] = "3";

    [Fact]
    public async Task Too_many_link_requests_from_one_address_get_429_with_a_page_a_person_can_read()
    {
        using var browser = _app.NewBrowser();
        for (var i = 0; i < 3; i++)
            (await browser.GetAsync("/nda/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).Status.ShouldBe(HttpStatusCode.NotFound);

        var limited = await browser.GetAsync("/nda/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        limited.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.ContentType.ShouldBe("text/html");
        limited.Text.ShouldContain("Too many attempts");
        limited.Text.ShouldContain("Please wait a minute and try again");
        limited.Response.Headers.RetryAfter!.ToString().ShouldBe("60");
        (await browser.GetAsync("/account/login")).Status.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose() => _app.Dispose();
}
