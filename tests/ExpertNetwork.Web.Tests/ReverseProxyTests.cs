using System.Net;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>
/// The client address behind a proxy: believed from X-Forwarded-For only when the connection comes from a listed proxy.
/// Observed through the per-address budget of the expert-link rate limit.
/// </summary>
public sealed class ReverseProxyTests
{
    private const string UnknownLink = "/nda/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private static async Task<HttpStatusCode> OpenLinkAsync(ProxiedApp app, string forwardedFor)
    {
        using var browser = app.NewBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Get, UnknownLink);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await browser.Client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Behind_a_listed_proxy_each_client_address_has_its_own_link_budget()
    {
        using var app = new ProxiedApp(proxy: "10.0.0.5", trust: true);

        (await OpenLinkAsync(app, "203.0.113.7")).ShouldBe(HttpStatusCode.NotFound);
        (await OpenLinkAsync(app, "203.0.113.7")).ShouldBe(HttpStatusCode.NotFound);
        (await OpenLinkAsync(app, "203.0.113.7")).ShouldBe(HttpStatusCode.TooManyRequests);

        (await OpenLinkAsync(app, "203.0.113.8")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_listed_proxies_a_forged_forwarded_address_changes_nothing()
    {
        using var app = new ProxiedApp(proxy: "10.0.0.5", trust: false);

        (await OpenLinkAsync(app, "203.0.113.7")).ShouldBe(HttpStatusCode.NotFound);
        (await OpenLinkAsync(app, "203.0.113.8")).ShouldBe(HttpStatusCode.NotFound);

        (await OpenLinkAsync(app, "203.0.113.9")).ShouldBe(HttpStatusCode.TooManyRequests);
    }

    /// <summary>Every request arrives from <c>proxy</c>, as it would behind a reverse proxy.</summary>
    private sealed class ProxiedApp : WebApp
    {
        private readonly IPAddress _proxy;

        public ProxiedApp(string proxy, bool trust)
        {
            _proxy = IPAddress.Parse(proxy);
            Settings["ExpertLinks:RequestsPerMinute"] = "2";
            if (trust)
                Settings["ReverseProxy:KnownProxies:0"] = proxy;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ArrivingFrom(_proxy)));
        }
    }

    private sealed class ArrivingFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
